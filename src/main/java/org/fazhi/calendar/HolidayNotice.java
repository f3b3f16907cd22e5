package org.fazhi.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One year's 国务院办公厅《关于XXXX年部分节假日安排的通知》 in the shape of the reference data: holidays per clause
 * (every day off the clause gives) and the 调休 weekend days declared working days. A notice may name dates of
 * the year before (the 2019 notice settles 2018-12-29..31).
 */
public record HolidayNotice(int year, String source, List<Holiday> holidays, List<LocalDate> adjustedWorkdays) {

	public record Holiday(String name, List<LocalDate> dates) {
	}
}
