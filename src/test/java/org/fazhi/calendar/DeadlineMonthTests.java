package org.fazhi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Urgency;
import org.junit.jupiter.api.Test;

/**
 * Periods in months (n 个月): counted from the day after the start event to the corresponding day of the n-th month,
 * the month's last day when it has no such day, and a last day off runs to the next working day (民事诉讼法（2023）第八十五条).
 * Expected dates are worked out by hand from the bundled holiday notices.
 */
class DeadlineMonthTests {

	private static final WorkdayCalendar CALENDAR = WorkdayCalendar.fromBundledNotices();

	private static Deadline months(LocalDate start, int n) {
		return CALENDAR.deadline(start, Period.months(n));
	}

	@Test
	void aMonthIsWrittenAs1M() {
		assertThat(Period.parse("1M")).isEqualTo(Period.months(1));
		assertThat(Period.parse(" 6m ")).isEqualTo(new Period(6, PeriodUnit.MONTHS));
		assertThat(Period.months(1).label()).isEqualTo("1个月");
		assertThat(Period.months(3)).hasToString("3M");
		// the older units still parse as before
		assertThat(Period.parse("20WD")).isEqualTo(Period.workingDays(20));
		assertThat(Period.parse("15D")).isEqualTo(Period.days(15));
		assertThatThrownBy(() -> Period.parse("M")).isInstanceOf(RuleViolation.class);
	}

	@Test
	void anOrdinaryMonthEndsOnTheCorrespondingDay() {
		// 2024-03-15 + 1 month = Monday 2024-04-15, a working day
		Deadline d = months(LocalDate.of(2024, 3, 15), 1);
		assertThat(d.dueOn()).isEqualTo(LocalDate.of(2024, 4, 15));
		assertThat(d.skipped()).isEmpty();
		assertThat(d.explanation()).anyMatch(l -> l.startsWith("按月计算"));
		assertThat(d.explanation()).noneMatch(l -> l.contains("顺延"));
	}

	@Test
	void the31stOfJanuaryPlusOneMonthEndsOnTheLastDayOfFebruary() {
		// 2024 is a leap year: Thursday 29 February, a working day
		assertThat(months(LocalDate.of(2024, 1, 31), 1).dueOn()).isEqualTo(LocalDate.of(2024, 2, 29));
		// 2023: Tuesday 28 February
		assertThat(months(LocalDate.of(2023, 1, 31), 1).dueOn()).isEqualTo(LocalDate.of(2023, 2, 28));
		// 31 March + 1 month: April has no 31st, so 30 April 2024 (a Tuesday, worked before 劳动节)
		assertThat(CALENDAR.isWorkday(LocalDate.of(2024, 4, 30))).isTrue();
		assertThat(months(LocalDate.of(2024, 3, 31), 1).dueOn()).isEqualTo(LocalDate.of(2024, 4, 30));
	}

	@Test
	void aMonthEndingOnNationalDayRunsToTheFirstWorkingDayAfterIt_CivilProcedureArt85() {
		// 2024-09-01 + 1 month = 2024-10-01, 国庆节; 10-01..07 are off, Tuesday 10-08 is the next working day
		Deadline d = months(LocalDate.of(2024, 9, 1), 1);
		assertThat(d.dueOn()).isEqualTo(LocalDate.of(2024, 10, 8));
		assertThat(d.skipped()).first().satisfies(s -> {
			assertThat(s.date()).isEqualTo(LocalDate.of(2024, 10, 1));
			assertThat(s.holiday()).isEqualTo("国庆节");
		});
		assertThat(d.explanation()).anyMatch(l -> l.contains("2024年10月1日") && l.contains("顺延")
				&& l.contains("第八十五条"));
		assertThat(d.explanation()).anyMatch(l -> l.contains("2024年10月8日（星期二）"));
		assertThat(CALENDAR.dueOn(LocalDate.of(2024, 9, 1), Period.months(1))).isEqualTo(d.dueOn());
	}

	@Test
	void aMonthEndingOnAWeekendRunsToMonday() {
		// 2024-07-06 + 1 month = 2024-08-06 (Tuesday); 2024-07-10 + 1 month = Saturday 2024-08-10 -> Monday 08-12
		assertThat(months(LocalDate.of(2024, 7, 6), 1).dueOn()).isEqualTo(LocalDate.of(2024, 8, 6));
		assertThat(months(LocalDate.of(2024, 7, 10), 1).dueOn()).isEqualTo(LocalDate.of(2024, 8, 12));
	}

	@Test
	void severalMonthsCrossTheYear() {
		// 2023-11-30 + 3 months = 2024-02-29 (leap day, a working Thursday)
		assertThat(months(LocalDate.of(2023, 11, 30), 3).dueOn()).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@Test
	void timeLeftOnAMonthPeriodIsCountedInCalendarDays() {
		Deadline d = months(LocalDate.of(2024, 3, 15), 1);
		DeadlineState early = d.stateOn(LocalDate.of(2024, 3, 20), null, CALENDAR);
		assertThat(early.remaining()).isEqualTo(26);
		assertThat(early.urgency()).isEqualTo(Urgency.NORMAL);
		DeadlineState late = d.stateOn(LocalDate.of(2024, 4, 18), null, CALENDAR);
		assertThat(late.urgency()).isEqualTo(Urgency.OVERDUE);
		assertThat(late.remaining()).isEqualTo(-3);
		assertThat(CALENDAR.unitsBetween(LocalDate.of(2024, 3, 20), LocalDate.of(2024, 4, 15), PeriodUnit.MONTHS))
			.isEqualTo(26);
	}

	@Test
	void aPauseAddsItsDaysAfterTheMonth() {
		// 2024-03-15 + 1 month = 04-15; paused 03-20..03-22 (3 days) -> 04-18 (Thursday)
		Deadline d = months(LocalDate.of(2024, 3, 15), 1).paused(LocalDate.of(2024, 3, 20), "中止", CALENDAR)
			.resumed(LocalDate.of(2024, 3, 22), CALENDAR);
		assertThat(d.dueOn()).isEqualTo(LocalDate.of(2024, 4, 18));
	}
}
