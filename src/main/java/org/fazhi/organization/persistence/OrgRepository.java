package org.fazhi.organization.persistence;

import java.util.List;
import java.util.Optional;

import org.fazhi.organization.Org;
import org.fazhi.organization.OrgKind;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgRepository extends JpaRepository<Org, Long> {

	Optional<Org> findByCreditCode(String creditCode);

	List<Org> findByKindOrderById(OrgKind kind);

	List<Org> findByParentIdOrderById(Long parentId);
}
