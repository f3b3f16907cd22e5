package org.fazhi.petition.persistence;

import java.util.List;

import org.fazhi.petition.PetitionStep;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PetitionStepRepository extends JpaRepository<PetitionStep, Long> {

	List<PetitionStep> findByPetitionIdOrderByIdAsc(long petitionId);
}
