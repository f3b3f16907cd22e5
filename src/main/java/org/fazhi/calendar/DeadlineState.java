package org.fazhi.calendar;

import org.fazhi.shared.Urgency;
import org.jspecify.annotations.Nullable;

/**
 * A deadline on a given day: its light and the units left (negative when overdue; empty when finished or when the
 * due date awaits calendar data).
 */
public record DeadlineState(Urgency urgency, @Nullable Integer remaining, boolean paused) {
}
