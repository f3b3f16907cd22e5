package org.fazhi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Edge cases of the deadline engine on the bundled notices; expected dates worked out from the reference data. */
class DeadlineEdgeCaseTests {

	private static final WorkdayCalendar CALENDAR = WorkdayCalendar.fromBundledNotices();

	private static Deadline workingDays(LocalDate start, int n) {
		return CALENDAR.deadline(start, Period.workingDays(n));
	}

	@Test
	void startOnAHolidayCountsFromTheNextDay_CivilCodeArt201_OgiArt33() {
		// received on 国庆 2024-10-01: 10-02..07 are off, Saturday 10-12 is worked
		Deadline d = workingDays(LocalDate.of(2024, 10, 1), 20);
		assertThat(d.dueOn()).isEqualTo(LocalDate.of(2024, 11, 1));
		assertThat(d.skipped()).anyMatch(s -> "国庆节".equals(s.holiday()));
		assertThat(d.skipped()).anyMatch(s -> s.date().equals(LocalDate.of(2024, 10, 12))
				&& s.kind() == DayKind.ADJUSTED_WORKDAY);
	}

	@Test
	void startOnAnAdjustedSaturdayDoesNotCountThatSaturday_CivilCodeArt201() {
		LocalDate saturdayWorked = LocalDate.of(2024, 10, 12);
		assertThat(CALENDAR.kind(saturdayWorked)).isEqualTo(DayKind.ADJUSTED_WORKDAY);
		assertThat(workingDays(saturdayWorked, 1).dueOn()).isEqualTo(LocalDate.of(2024, 10, 14));
		assertThat(workingDays(saturdayWorked, 20).dueOn()).isEqualTo(LocalDate.of(2024, 11, 8));
	}

	@Test
	void anAdjustedSaturdayIsCountedAsAWorkingDay_StateCouncilNotice2019() {
		// the 2019 notice names 2018-12-29 (a Saturday) as a working day
		assertThat(workingDays(LocalDate.of(2018, 12, 28), 1).dueOn()).isEqualTo(LocalDate.of(2018, 12, 29));
	}

	@Test
	void aPeriodSpanningSpringFestivalAndNationalDaySkipsBoth_OgiArt33() {
		Deadline d = workingDays(LocalDate.of(2024, 1, 15), 180);
		assertThat(d.dueOn()).isEqualTo(LocalDate.of(2024, 10, 8));
		assertThat(d.skipped()).extracting(Deadline.SkippedDay::holiday).contains("春节", "国庆节");
		assertThat(d.explanation()).anyMatch(line -> line.contains("2024年10月8日（星期二）"));
	}

	@Test
	void springFestivalAloneDelaysTwentyWorkingDays_OgiArt33() {
		assertThat(workingDays(LocalDate.of(2025, 1, 20), 20).dueOn()).isEqualTo(LocalDate.of(2025, 2, 21));
	}

	@Test
	void aPeriodAcrossTheYearBoundarySkipsNewYear_OgiArt33() {
		assertThat(workingDays(LocalDate.of(2023, 12, 20), 20).dueOn()).isEqualTo(LocalDate.of(2024, 1, 18));
		// 2022-12-31 (a Saturday) belongs to the 2023 notice's 元旦; 2023-01-02 is off too
		Deadline d = workingDays(LocalDate.of(2022, 12, 30), 1);
		assertThat(d.dueOn()).isEqualTo(LocalDate.of(2023, 1, 3));
		assertThat(d.skipped()).anyMatch(s -> s.date().equals(LocalDate.of(2022, 12, 31)) && "元旦".equals(s.holiday()));
	}

	@Test
	void aPeriodReachingAYearWithoutANoticeIsProvisional_NeverMondayToFriday() {
		Deadline d = workingDays(LocalDate.of(2026, 12, 20), 20);
		// 9 working days in December, 2027-01-01 (元旦 by the 办法) off, then 4..8, 11..15, 18
		assertThat(d.dueOn()).isEqualTo(LocalDate.of(2027, 1, 18));
		assertThat(d.provisional()).isTrue();
		assertThat(d.missingYear()).isEqualTo(2027);
		assertThat(d.explanation()).anyMatch(line -> line.contains("暂定") && line.contains("2027年"));
		// the fast path for bulk lists still refuses to guess
		assertThatThrownBy(() -> CALENDAR.dueOn(LocalDate.of(2026, 12, 20), Period.workingDays(20)))
			.isInstanceOfSatisfying(CalendarDataMissing.class, e -> assertThat(e.year()).isEqualTo(2027));
		// a period in 日 whose last day lies in 2027 is provisional too (Art. 85 needs to know the day)
		assertThat(CALENDAR.deadline(LocalDate.of(2026, 11, 15), Period.days(60)).provisional()).isTrue();
		// while a period that ends inside 2026 is certain
		Deadline certain = workingDays(LocalDate.of(2026, 12, 1), 20);
		assertThat(certain.dueOn()).isEqualTo(LocalDate.of(2026, 12, 29));
		assertThat(certain.provisional()).isFalse();
	}
}
