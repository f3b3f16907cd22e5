package org.fazhi.calendar;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.shared.OrgId;
import org.jspecify.annotations.Nullable;

/** A clock as pages and other modules show it: due date, light, days left and the working in words. */
public record ClockView(ClockId id, OrgId org, String module, String recordId, String title, String href,
		ClockRule rule, Deadline deadline, @Nullable LocalDate completedOn, DeadlineState state,
		@Nullable String handler, @Nullable String authority) {

	public @Nullable LocalDate dueOn() {
		return deadline.dueOn();
	}

	public List<String> explanation() {
		return deadline.explanation();
	}
}
