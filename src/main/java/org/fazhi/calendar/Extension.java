package org.fazhi.calendar;

import java.time.LocalDate;

/** An approved extension: how much more, who approved, why, when. Capped by the rule (see {@link ClockRule}). */
public record Extension(Period period, String approvedBy, String reason, LocalDate approvedOn) {
}
