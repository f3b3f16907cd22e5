package org.fazhi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Laws of the working-day arithmetic over the bundled 2019–2026 data. Starts stop early enough in 2026 that every
 * period stays inside the entered years (2027 is not entered; see {@link DeadlineEdgeCaseTests}).
 * <p>
 * The cases are generated from a fixed seed, so every run checks the same dates and a failure names the case that
 * can be rerun as it is.
 */
class WorkdayCalendarProperties {

	private static final WorkdayCalendar CALENDAR = WorkdayCalendar.fromBundledNotices();

	private static final LocalDate FIRST = LocalDate.of(2018, 12, 29);

	private static final LocalDate LAST_START = LocalDate.of(2026, 7, 31);

	private static final long SEED = 20191231L;

	/** {@code tries} cases from a generator fed with one random source seeded per property. */
	private static Stream<Arguments> cases(int tries, long salt, Function<Random, Object[]> generator) {
		Random random = new Random(SEED ^ salt);
		return IntStream.range(0, tries).mapToObj(i -> Arguments.of(generator.apply(random)));
	}

	private static LocalDate start(Random random) {
		long days = LAST_START.toEpochDay() - FIRST.toEpochDay();
		return FIRST.plusDays(random.nextLong(days + 1));
	}

	/** A number in [min, max], both included. */
	private static int between(Random random, int min, int max) {
		return min + random.nextInt(max - min + 1);
	}

	static Stream<Arguments> workingDayPeriods() {
		return cases(2000, 1, r -> new Object[] { start(r), between(r, 1, 60) });
	}

	@ParameterizedTest
	@MethodSource("workingDayPeriods")
	void dueDateOfAWorkingDayPeriodIsAWorkingDay_OgiArt33(LocalDate start, int n) {
		Deadline deadline = CALENDAR.deadline(start, Period.workingDays(n));
		assertThat(deadline.missingYear()).isNull();
		assertThat(CALENDAR.isWorkday(deadline.dueOn())).isTrue();
		// and exactly n working days lie in (start, due]
		assertThat(CALENDAR.unitsBetween(start, deadline.dueOn(), PeriodUnit.WORKDAYS)).isEqualTo(n);
	}

	static Stream<Arguments> twoSteps() {
		return cases(2000, 2, r -> new Object[] { start(r), between(r, 0, 40), between(r, 0, 40) });
	}

	@ParameterizedTest
	@MethodSource("twoSteps")
	void nThenMWorkingDaysEqualsNPlusM(LocalDate start, int n, int m) {
		LocalDate stepwise = CALENDAR.dueOn(CALENDAR.dueOn(start, Period.workingDays(n)), Period.workingDays(m));
		assertThat(stepwise).isEqualTo(CALENDAR.dueOn(start, Period.workingDays(n + m)));
	}

	static Stream<Arguments> pauses() {
		// a pause starting on the a-th working day of an n-day period, a < n by construction
		return cases(1000, 3, r -> {
			int n = between(r, 2, 20);
			return new Object[] { start(r), n, between(r, 1, n - 1), between(r, 1, 15) };
		});
	}

	@ParameterizedTest
	@MethodSource("pauses")
	void aPauseOfKWorkingDaysMovesTheDueDateByKWorkingDays_OgiArt32(LocalDate start, int n, int a, int k) {
		ClockRule rule = CALENDAR.deadline(start, Period.workingDays(n)).rule();
		// the pause starts on the a-th working day and covers exactly k working days (both ends included)
		LocalDate from = CALENDAR.dueOn(start, Period.workingDays(a));
		LocalDate until = CALENDAR.dueOn(from, Period.workingDays(k - 1));
		Deadline plain = CALENDAR.compute(rule, start, List.of(), List.of(), List.of());
		Deadline paused = CALENDAR.compute(rule, start, List.of(new Pause(from, until, "征求第三方意见")), List.of(),
				List.of());
		assertThat(paused.dueOn()).isEqualTo(CALENDAR.dueOn(plain.dueOn(), Period.workingDays(k)));
	}

	static Stream<Arguments> anyPeriods() {
		return cases(2000, 4, r -> new Object[] { start(r), between(r, 0, 90), r.nextBoolean() });
	}

	@ParameterizedTest
	@MethodSource("anyPeriods")
	void resultsNeverPrecedeTheStart_CivilCodeArt201(LocalDate start, int n, boolean workingDays) {
		Period period = workingDays ? Period.workingDays(n) : Period.days(n);
		LocalDate due = CALENDAR.deadline(start, period).dueOn();
		assertThat(due).isAfterOrEqualTo(start);
		if (n > 0) {
			// the start day is never counted
			assertThat(due).isAfter(start);
		}
	}

	static Stream<Arguments> dayPeriods() {
		return cases(2000, 5, r -> new Object[] { start(r), between(r, 1, 90) });
	}

	@ParameterizedTest
	@MethodSource("dayPeriods")
	void aPeriodInDaysEndingOnARestDayRunsToTheNextWorkingDay_CivilProcedureArt85(LocalDate start, int n) {
		LocalDate last = start.plusDays(n);
		LocalDate due = CALENDAR.dueOn(start, Period.days(n));
		assertThat(due).isAfterOrEqualTo(last);
		assertThat(CALENDAR.isWorkday(due)).isTrue();
		for (LocalDate d = last; d.isBefore(due); d = d.plusDays(1)) {
			assertThat(CALENDAR.isWorkday(d)).as("%s lies before the due date %s", d, due).isFalse();
		}
	}

	static Stream<Arguments> explainedPeriods() {
		return cases(500, 6, r -> new Object[] { start(r), between(r, 1, 60) });
	}

	@ParameterizedTest
	@MethodSource("explainedPeriods")
	void theExplanationNamesEverySkippedHoliday(LocalDate start, int n) {
		Deadline deadline = CALENDAR.deadline(start, Period.workingDays(n));
		for (LocalDate d = start.plusDays(1); !d.isAfter(deadline.dueOn()); d = d.plusDays(1)) {
			LocalDate day = d;
			boolean listed = deadline.skipped().stream().anyMatch(s -> s.date().equals(day));
			assertThat(listed).as("%s listed as skipped or adjusted", d)
				.isEqualTo(CALENDAR.kind(d) != DayKind.WORKDAY);
		}
	}
}
