package org.fazhi.calendar;

/** A running clock held by the calendar module for some module's record. */
public record ClockId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
