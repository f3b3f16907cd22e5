package org.fazhi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fazhi.shared.Urgency;
import org.junit.jupiter.api.Test;

/**
 * The December gap: periods reaching a year whose State Council notice is not entered get a provisional (暂定)
 * due date on the holidays of 《全国年节及纪念日放假办法》 Art. 2 (2024 revision), without 调休; and paused clocks
 * never go overdue.
 */
class ProvisionalCalendarTests {

	private static final WorkdayCalendar CALENDAR = WorkdayCalendar.fromBundledNotices();

	private static final ClockRule REPLY = new ClockRule("inforequest.reply", "依申请公开答复", Period.workingDays(20),
			"收到申请之日", List.of("征求第三方意见"), List.of(), Period.workingDays(20), 1, "《政府信息公开条例》第三十三条", 5);

	private static Map<String, List<LocalDate>> holidays(int year) {
		return ProvisionalHolidays.year(year).holidays().stream()
			.collect(Collectors.toMap(HolidayNotice.Holiday::name, HolidayNotice.Holiday::dates));
	}

	@Test
	void everyStatutoryHolidayOf2025And2026IsADayOffInTheStateCouncilNotice_HolidayMeasuresArt2() {
		// the notices of the first two years under the 2024 revision give every day the 办法 fixes, and more
		for (int year : List.of(2025, 2026)) {
			List<LocalDate> days = ProvisionalHolidays.year(year).holidays().stream()
				.flatMap(h -> h.dates().stream())
				.toList();
			assertThat(days).hasSize(13);
			assertThat(days).allSatisfy(d -> assertThat(CALENDAR.kind(d)).as(d.toString()).isEqualTo(DayKind.HOLIDAY));
		}
	}

	@Test
	void lunarHolidaysAndQingmingOf2027ComeFromTheLunarCalendar_HolidayMeasuresArt2() {
		Map<String, List<LocalDate>> y = holidays(2027);
		// 春节 2027-02-06; 除夕 to 初三 is 4 days since the 2024 revision
		assertThat(y.get("春节")).containsExactly(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6),
				LocalDate.of(2027, 2, 7), LocalDate.of(2027, 2, 8));
		assertThat(y.get("清明节")).containsExactly(LocalDate.of(2027, 4, 5));
		assertThat(y.get("劳动节")).containsExactly(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 2));
		assertThat(y.get("端午节")).containsExactly(LocalDate.of(2027, 6, 9));
		assertThat(y.get("中秋节")).containsExactly(LocalDate.of(2027, 9, 15));
		assertThat(y.get("国庆节")).containsExactly(LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 2),
				LocalDate.of(2027, 10, 3));
		assertThat(y.get("元旦")).containsExactly(LocalDate.of(2027, 1, 1));
	}

	@Test
	void aPeriodAcrossSpringFestival2027SkipsItsStatutoryDaysAndSaysWhichDaysAreUncertain_OgiArt33() {
		// from Mon 2027-01-25: 26..29 (4), 02-01..04 (8), Fri 02-05 除夕 and Mon 02-08 初三 off, 09..12 (12),
		// 15..19 (17), 22..24 (20); a Monday–Friday guess would have said 02-22
		Deadline d = CALENDAR.deadline(REPLY, LocalDate.of(2027, 1, 25));
		assertThat(d.dueOn()).isEqualTo(LocalDate.of(2027, 2, 24));
		assertThat(d.provisional()).isTrue();
		assertThat(d.explanation()).anyMatch(l -> l.startsWith("期限届满日（暂定）：2027年2月24日") && l.contains("未计调休"));
		assertThat(d.explanation()).anyMatch(l -> l.startsWith("不确定的日期") && l.contains("2027年2月5日春节")
				&& l.contains("2027年2月8日春节"));
		assertThat(d.explanation()).noneMatch(l -> l.contains("待日历更新"));
	}

	@Test
	void sixtyDayAndOneMonthClocksFromDecemberAreProvisionalNotPending_PetitionRegulationArt34() {
		// 60 日 from 2026-11-15 end on Thu 2027-01-14
		Deadline days = CALENDAR.deadline(LocalDate.of(2026, 11, 15), Period.days(60));
		assertThat(days.dueOn()).isEqualTo(LocalDate.of(2027, 1, 14));
		assertThat(days.provisional()).isTrue();
		// 1 个月 from 2026-12-31 ends on Sun 2027-01-31, so on Mon 02-01 (民事诉讼法 Art. 85)
		Deadline month = CALENDAR.deadline(LocalDate.of(2026, 12, 31), Period.months(1));
		assertThat(month.dueOn()).isEqualTo(LocalDate.of(2027, 2, 1));
		assertThat(month.provisional()).isTrue();
	}

	@Test
	void aProvisionalDueDateIsMarkedAndAMatterFinishedAgainstItHasNoVerdictYet() {
		Deadline d = CALENDAR.deadline(REPLY, LocalDate.of(2026, 12, 20));
		DeadlineState open = d.stateOn(LocalDate.of(2026, 12, 21), null, CALENDAR);
		assertThat(open.provisional()).isTrue();
		assertThat(open.urgency()).isEqualTo(Urgency.NORMAL);
		// the days left run into 2027 and are counted on the provisional calendar, not left empty
		assertThat(open.remaining()).isEqualTo(19);
		DeadlineState done = d.stateOn(LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 22), CALENDAR);
		assertThat(done.urgency()).isEqualTo(Urgency.DONE_UNDECIDED);
	}

	@Test
	void aPausedClockIsPausedNotOverdueAndKeepsTheDaysItHadLeft_OgiArt33Para3() {
		// received 2024-09-25, due 10-28; consultation from Mon 10-14 with 11 working days (10-14..28) left
		Deadline d = CALENDAR.deadline(REPLY, LocalDate.of(2024, 9, 25)).paused(LocalDate.of(2024, 10, 14),
				"征求第三方意见", CALENDAR);
		DeadlineState months = d.stateOn(LocalDate.of(2024, 12, 20), null, CALENDAR);
		assertThat(months.urgency()).isEqualTo(Urgency.PAUSED);
		assertThat(months.paused()).isTrue();
		assertThat(months.waitingFor()).isEqualTo("征求第三方意见");
		assertThat(months.remaining()).isEqualTo(11);
		// resumed after the consultation: the waiting time is not counted and the light runs again
		Deadline resumed = d.resumed(LocalDate.of(2024, 10, 18), CALENDAR);
		assertThat(resumed.dueOn()).isEqualTo(LocalDate.of(2024, 11, 4));
		assertThat(resumed.stateOn(LocalDate.of(2024, 11, 5), null, CALENDAR).urgency()).isEqualTo(Urgency.OVERDUE);
	}
}
