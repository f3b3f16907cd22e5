package org.fazhi.mediation.persistence;

import java.util.List;

import org.fazhi.mediation.Screening;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScreeningRepository extends JpaRepository<Screening, Long> {

	List<Screening> findByOrgIdAndPeriodOrderByVillageName(long orgId, String period);

	boolean existsByOrgIdAndVillageIdAndPeriod(long orgId, long villageId, String period);
}
