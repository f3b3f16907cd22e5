package org.fazhi.calendar;

import org.fazhi.shared.RuleViolation;

/**
 * A computation reached a year whose holiday notice has not been entered. Never answered with a plain
 * Monday–Friday guess: the caller records the matter with its due date 待日历更新 and the admin is alerted.
 */
public class CalendarDataMissing extends RuleViolation {

	private final int year;

	public CalendarDataMissing(int year) {
		super("calendar.year.missing", year);
		this.year = year;
	}

	public int year() {
		return year;
	}
}
