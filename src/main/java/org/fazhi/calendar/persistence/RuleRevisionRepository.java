package org.fazhi.calendar.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RuleRevisionRepository extends JpaRepository<RuleRevision, Long> {

	@Query("select r from RuleRevision r where r.revision = "
			+ "(select max(o.revision) from RuleRevision o where o.code = r.code) order by r.code")
	List<RuleRevision> findCurrent();

	Optional<RuleRevision> findFirstByCodeOrderByRevisionDesc(String code);

	List<RuleRevision> findByCodeOrderByRevisionDesc(String code);
}
