package org.fazhi.calendar;

import org.fazhi.shared.OrgId;

/** A clock could not be computed because the year's holiday notice is missing: administrators must enter it. */
public record CalendarDataNeeded(int year, OrgId org, String clockTitle) {
}
