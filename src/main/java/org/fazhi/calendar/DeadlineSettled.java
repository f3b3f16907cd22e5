package org.fazhi.calendar;

import java.time.LocalDate;

import org.fazhi.shared.OrgId;

/**
 * A clock finished while its due date was provisional or unknown now has its definitive due date, so whether the
 * matter was finished in time is decided only now; the owner records the verdict.
 */
public record DeadlineSettled(ClockId clock, OrgId org, String module, String recordId, LocalDate dueOn,
		LocalDate completedOn) {

	public boolean inTime() {
		return !completedOn.isAfter(dueOn);
	}
}
