package org.fazhi.legalservice.persistence;

import java.util.List;
import java.util.Optional;

import org.fazhi.legalservice.Navigator;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NavigatorRepository extends JpaRepository<Navigator, Long> {

	List<Navigator> findByOrgIdOrderByVillageNameAscIdAsc(long orgId);

	Optional<Navigator> findByIdAndOrgId(long id, long orgId);
}
