package org.fazhi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of the working-day arithmetic over the bundled 2019–2026 data. Starts stop early enough in 2026 that every
 * period stays inside the entered years (2027 is not entered; see {@link DeadlineEdgeCaseTests}).
 */
class WorkdayCalendarProperties {

	private static final WorkdayCalendar CALENDAR = WorkdayCalendar.fromBundledNotices();

	private static final LocalDate FIRST = LocalDate.of(2018, 12, 29);

	private static final LocalDate LAST_START = LocalDate.of(2026, 7, 31);

	@Provide
	Arbitrary<LocalDate> starts() {
		long days = LAST_START.toEpochDay() - FIRST.toEpochDay();
		return Arbitraries.longs().between(0, days).map(FIRST::plusDays);
	}

	@Property(tries = 2000)
	void dueDateOfAWorkingDayPeriodIsAWorkingDay_OgiArt33(@ForAll("starts") LocalDate start,
			@ForAll @IntRange(min = 1, max = 60) int n) {
		Deadline deadline = CALENDAR.deadline(start, Period.workingDays(n));
		assertThat(deadline.missingYear()).isNull();
		assertThat(CALENDAR.isWorkday(deadline.dueOn())).isTrue();
		// and exactly n working days lie in (start, due]
		assertThat(CALENDAR.unitsBetween(start, deadline.dueOn(), PeriodUnit.WORKDAYS)).isEqualTo(n);
	}

	@Property(tries = 2000)
	void nThenMWorkingDaysEqualsNPlusM(@ForAll("starts") LocalDate start, @ForAll @IntRange(min = 0, max = 40) int n,
			@ForAll @IntRange(min = 0, max = 40) int m) {
		LocalDate stepwise = CALENDAR.dueOn(CALENDAR.dueOn(start, Period.workingDays(n)), Period.workingDays(m));
		assertThat(stepwise).isEqualTo(CALENDAR.dueOn(start, Period.workingDays(n + m)));
	}

	@Property(tries = 1000)
	void aPauseOfKWorkingDaysMovesTheDueDateByKWorkingDays_OgiArt32(@ForAll("starts") LocalDate start,
			@ForAll @IntRange(min = 2, max = 20) int n, @ForAll @IntRange(min = 1, max = 19) int a,
			@ForAll @IntRange(min = 1, max = 15) int k) {
		net.jqwik.api.Assume.that(a < n);
		ClockRule rule = CALENDAR.deadline(start, Period.workingDays(n)).rule();
		// the pause starts on the a-th working day and covers exactly k working days (both ends included)
		LocalDate from = CALENDAR.dueOn(start, Period.workingDays(a));
		LocalDate until = CALENDAR.dueOn(from, Period.workingDays(k - 1));
		Deadline plain = CALENDAR.compute(rule, start, List.of(), List.of(), List.of());
		Deadline paused = CALENDAR.compute(rule, start, List.of(new Pause(from, until, "征求第三方意见")), List.of(),
				List.of());
		assertThat(paused.dueOn()).isEqualTo(CALENDAR.dueOn(plain.dueOn(), Period.workingDays(k)));
	}

	@Property(tries = 2000)
	void resultsNeverPrecedeTheStart_CivilCodeArt201(@ForAll("starts") LocalDate start,
			@ForAll @IntRange(min = 0, max = 90) int n, @ForAll boolean workingDays) {
		Period period = workingDays ? Period.workingDays(n) : Period.days(n);
		LocalDate due = CALENDAR.deadline(start, period).dueOn();
		assertThat(due).isAfterOrEqualTo(start);
		if (n > 0) {
			// the start day is never counted
			assertThat(due).isAfter(start);
		}
	}

	@Property(tries = 2000)
	void aPeriodInDaysEndingOnARestDayRunsToTheNextWorkingDay_CivilProcedureArt85(@ForAll("starts") LocalDate start,
			@ForAll @IntRange(min = 1, max = 90) int n) {
		LocalDate last = start.plusDays(n);
		LocalDate due = CALENDAR.dueOn(start, Period.days(n));
		assertThat(due).isAfterOrEqualTo(last);
		assertThat(CALENDAR.isWorkday(due)).isTrue();
		for (LocalDate d = last; d.isBefore(due); d = d.plusDays(1)) {
			assertThat(CALENDAR.isWorkday(d)).as("%s lies before the due date %s", d, due).isFalse();
		}
	}

	@Property(tries = 500)
	void theExplanationNamesEverySkippedHoliday(@ForAll("starts") LocalDate start,
			@ForAll @IntRange(min = 1, max = 60) int n) {
		Deadline deadline = CALENDAR.deadline(start, Period.workingDays(n));
		for (LocalDate d = start.plusDays(1); !d.isAfter(deadline.dueOn()); d = d.plusDays(1)) {
			LocalDate day = d;
			boolean listed = deadline.skipped().stream().anyMatch(s -> s.date().equals(day));
			assertThat(listed).as("%s listed as skipped or adjusted", d)
				.isEqualTo(CALENDAR.kind(d) != DayKind.WORKDAY);
		}
	}
}
