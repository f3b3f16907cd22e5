package org.fazhi.calendar;

import org.fazhi.shared.Urgency;
import org.jspecify.annotations.Nullable;

/**
 * A deadline on a given day: its light and the units left (negative when overdue; empty when finished or when the
 * due date awaits calendar data). A paused clock keeps the units left on the day it stopped and says what it waits
 * for; a provisional one was computed on holidays not yet fixed by the State Council's notice (暂定).
 */
public record DeadlineState(Urgency urgency, @Nullable Integer remaining, boolean paused, @Nullable String waitingFor,
		boolean provisional) {
}
