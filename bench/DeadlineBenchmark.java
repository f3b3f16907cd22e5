import java.time.LocalDate;

import org.fazhi.calendar.Deadline;
import org.fazhi.calendar.Period;
import org.fazhi.calendar.WorkdayCalendar;

/**
 * Computes one million deadlines (start dates spread over 2019-01-01..2026-08-31, half 20 工作日, half 60 日) on the
 * bundled calendar, after a warm-up, and prints the time. A plain program, not a test: run bench/run-deadlines.sh.
 */
public final class DeadlineBenchmark {

	private static final int N = 1_000_000;

	public static void main(String[] args) {
		WorkdayCalendar calendar = WorkdayCalendar.fromBundledNotices();
		LocalDate first = LocalDate.of(2019, 1, 1);
		int span = (int) (LocalDate.of(2026, 8, 31).toEpochDay() - first.toEpochDay());
		LocalDate[] starts = new LocalDate[N];
		java.util.Random random = new java.util.Random(20261126L);
		for (int i = 0; i < N; i++) {
			starts[i] = first.plusDays(random.nextInt(span + 1));
		}
		Period twentyWorkingDays = Period.workingDays(20);
		Period sixtyDays = Period.days(60);

		for (int round = 0; round < 5; round++) {
			dueDates(calendar, starts, twentyWorkingDays, sixtyDays);
			if (round < 2) {
				deadlines(calendar, starts, twentyWorkingDays, sixtyDays, N / 10);
			}
		}

		long best = Long.MAX_VALUE;
		long checksum = 0;
		for (int round = 0; round < 5; round++) {
			long t0 = System.nanoTime();
			checksum += dueDates(calendar, starts, twentyWorkingDays, sixtyDays);
			best = Math.min(best, System.nanoTime() - t0);
		}
		System.out.printf("dueOn (due date only):          %,d deadlines in %.1f ms (best of 5; checksum %d)%n", N,
				best / 1e6, checksum);

		long t0 = System.nanoTime();
		long full = deadlines(calendar, starts, twentyWorkingDays, sixtyDays, N);
		System.out.printf("deadline (with skipped days):   %,d deadlines in %.1f ms (checksum %d)%n", N,
				(System.nanoTime() - t0) / 1e6, full);
		System.out.printf("java %s, %d processors%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors());
	}

	private static long dueDates(WorkdayCalendar calendar, LocalDate[] starts, Period wd, Period d) {
		long sum = 0;
		for (int i = 0; i < starts.length; i++) {
			sum += calendar.dueOn(starts[i], (i & 1) == 0 ? wd : d).toEpochDay();
		}
		return sum;
	}

	private static long deadlines(WorkdayCalendar calendar, LocalDate[] starts, Period wd, Period d, int count) {
		long sum = 0;
		for (int i = 0; i < count; i++) {
			Deadline deadline = calendar.deadline(starts[i], (i & 1) == 0 ? wd : d);
			sum += deadline.dueOn().toEpochDay() + deadline.skipped().size();
		}
		return sum;
	}
}
