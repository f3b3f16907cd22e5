package org.fazhi.calendar.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ClockRecordRepository extends JpaRepository<ClockRecord, Long> {

	/** Open clocks, and finished ones whose due date was provisional or unknown (their verdict is still open). */
	List<ClockRecord> findByCompletedOnIsNullOrMissingYearIsNotNull();

	List<ClockRecord> findByCompletedOnIsNullAndRuleCode(String ruleCode);

	List<ClockRecord> findByOrgIdAndCompletedOnIsNullOrderByDueOn(long orgId);

	List<ClockRecord> findByModuleAndRecordIdOrderById(String module, String recordId);

	Optional<ClockRecord> findFirstByModuleAndRecordIdAndRuleCodeOrderByIdDesc(String module, String recordId,
			String ruleCode);
}
