package org.fazhi.legalservice.persistence;

import java.util.List;
import java.util.Optional;

import org.fazhi.legalservice.Advisor;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdvisorRepository extends JpaRepository<Advisor, Long> {

	List<Advisor> findByOrgIdOrderByTermToDesc(long orgId);

	Optional<Advisor> findByIdAndOrgId(long id, long orgId);
}
