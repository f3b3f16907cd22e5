package org.fazhi.calendar;

/** An administrator entered or corrected a year's holiday notice; running clocks have been recomputed. */
public record CalendarChanged(int year, int revision, String enteredBy, int clocksMoved) {
}
