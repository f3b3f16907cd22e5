package org.fazhi.disclosure.persistence;

import java.util.List;
import java.util.Optional;

import org.fazhi.disclosure.DisclosureColumn;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ColumnRepository extends JpaRepository<DisclosureColumn, Long> {

	@Query("select c from DisclosureColumn c where c.orgId = ?1 order by c.position, c.id")
	List<DisclosureColumn> findByOrg(long orgId);

	@Query("select c from DisclosureColumn c where c.orgId = ?1 and c.code = ?2")
	Optional<DisclosureColumn> findByOrgAndCode(long orgId, String code);
}
