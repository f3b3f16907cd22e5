package org.fazhi.calendar;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A time the clock stands still, e.g. 征求第三方意见 (OGI Art. 33 ¶3: consultation time is not counted). The days
 * {@code from} through {@code until} are not counted; {@code until} is empty while the pause lasts.
 */
public record Pause(LocalDate from, @Nullable LocalDate until, String reason) {

	public boolean open() {
		return until == null;
	}
}
