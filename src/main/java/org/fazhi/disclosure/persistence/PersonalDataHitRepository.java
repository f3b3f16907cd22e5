package org.fazhi.disclosure.persistence;

import java.util.List;

import org.fazhi.disclosure.PersonalDataHit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonalDataHitRepository extends JpaRepository<PersonalDataHit, Long> {

	@Query("select h from PersonalDataHit h where h.documentId = ?1 order by h.id")
	List<PersonalDataHit> findByDocument(long documentId);
}
