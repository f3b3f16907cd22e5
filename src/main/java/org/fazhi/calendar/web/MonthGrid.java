package org.fazhi.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.calendar.DayKind;
import org.fazhi.calendar.WorkdayCalendar;
import org.jspecify.annotations.Nullable;

/** One month laid out Monday first, each day with how it counts (empty when the year has no data). */
public record MonthGrid(YearMonth month, List<List<@Nullable Day>> weeks) {

	public record Day(LocalDate date, @Nullable DayKind kind, @Nullable String holiday) {

		/** CSS class: the kind, so the grid reads in colour and, through the words in the cell, without. */
		public String css() {
			if (kind == null) {
				return "day uncovered";
			}
			return switch (kind) {
				case WORKDAY -> "day workday";
				case ADJUSTED_WORKDAY -> "day adjusted";
				case WEEKEND -> "day weekend";
				case HOLIDAY -> "day holiday";
			};
		}

		/** Words for the cell: the holiday's name, 调休上班 or 休息; nothing for an ordinary working day. */
		public String label() {
			if (kind == null) {
				return "未录入";
			}
			return switch (kind) {
				case WORKDAY -> "";
				case ADJUSTED_WORKDAY -> "调休上班";
				case WEEKEND -> "休息";
				case HOLIDAY -> holiday == null ? "放假" : holiday;
			};
		}

		public int dayOfMonth() {
			return date.getDayOfMonth();
		}
	}

	static List<MonthGrid> year(int year, WorkdayCalendar calendar) {
		List<MonthGrid> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			months.add(month(YearMonth.of(year, m), calendar));
		}
		return months;
	}

	static MonthGrid month(YearMonth month, WorkdayCalendar calendar) {
		List<List<@Nullable Day>> weeks = new ArrayList<>();
		List<@Nullable Day> week = new ArrayList<>();
		int lead = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
		for (int i = 0; i < lead; i++) {
			week.add(null);
		}
		for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
			boolean covered = calendar.data().covers(d);
			week.add(new Day(d, covered ? calendar.kind(d) : null, covered ? calendar.holidayName(d) : null));
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>();
			}
		}
		if (!week.isEmpty()) {
			while (week.size() < 7) {
				week.add(null);
			}
			weeks.add(week);
		}
		return new MonthGrid(month, weeks);
	}

	public String title() {
		return month.getMonthValue() + "月";
	}
}
