package org.fazhi.organization.persistence;

import java.util.List;
import java.util.Optional;

import org.fazhi.organization.Village;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VillageRepository extends JpaRepository<Village, Long> {

	List<Village> findByOrgIdOrderById(long orgId);

	Optional<Village> findByIdAndOrgId(long id, long orgId);

	boolean existsByOrgIdAndName(long orgId, String name);
}
