package org.fazhi.disclosure.persistence;

import java.util.List;

import org.fazhi.disclosure.Term;
import org.fazhi.disclosure.TermKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TermRepository extends JpaRepository<Term, Long> {

	@Query("select t from Term t where t.orgId = ?1 and t.kind = ?2 order by t.position, t.id")
	List<Term> findByOrgAndKind(long orgId, TermKind kind);
}
