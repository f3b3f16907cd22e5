package org.fazhi.legalservice.persistence;

import java.util.List;

import org.fazhi.legalservice.DutySlot;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DutySlotRepository extends JpaRepository<DutySlot, Long> {

	List<DutySlot> findByOrgIdOrderByWeekdayAscIdAsc(long orgId);
}
