package org.fazhi.calendar;

import java.time.LocalDate;

import org.fazhi.shared.OrgId;
import org.jspecify.annotations.Nullable;

/**
 * A running clock's due date changed because the calendar or the rule changed; the owner updates its copy. The
 * flags say whether each date was provisional (暂定), so the notice can say so.
 */
public record DeadlineMoved(ClockId clock, OrgId org, String module, String recordId, @Nullable LocalDate oldDueOn,
		@Nullable LocalDate newDueOn, String reason, boolean oldProvisional, boolean newProvisional) {
}
