package org.fazhi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * An immutable snapshot of all entered notices, merged into one set of days off and one set of working days, and
 * laid out as arrays over the covered span so that "the n-th working day after" is two array reads: a million
 * deadlines take milliseconds.
 *
 * <p>Coverage: every month of a year whose notice is entered, plus the months of earlier years that a notice names
 * (the 2019 notice names 2018-12-29..31, so it settles December 2018). A date outside coverage is
 * {@link CalendarDataMissing}, never a Monday–Friday guess.
 */
public final class CalendarData {

	private static final byte UNCOVERED = 0, WORK = 1, ADJUSTED = 2, WEEKEND = 3, HOLIDAY = 4;

	private final List<HolidayNotice> notices;

	private final Map<LocalDate, String> holidayNames;

	private final Set<LocalDate> adjusted;

	private final Set<Integer> years;

	private final @Nullable LocalDate base;

	private final byte[] kinds;

	/** cum[i] = working days in [base, base + i]. */
	private final int[] cum;

	/** uncovered[i] = uncovered days in [base, base + i]. */
	private final int[] uncovered;

	/** work[k] = offset of the (k + 1)-th working day from base. */
	private final int[] work;

	public CalendarData(Collection<HolidayNotice> notices) {
		this.notices = List.copyOf(notices);
		this.holidayNames = new HashMap<>();
		this.adjusted = new java.util.HashSet<>();
		this.years = new TreeSet<>();
		Set<YearMonth> months = new TreeSet<>();
		for (HolidayNotice n : notices) {
			years.add(n.year());
			for (int m = 1; m <= 12; m++) {
				months.add(YearMonth.of(n.year(), m));
			}
			for (HolidayNotice.Holiday h : n.holidays()) {
				for (LocalDate d : h.dates()) {
					holidayNames.put(d, h.name());
					months.add(YearMonth.from(d));
				}
			}
			for (LocalDate d : n.adjustedWorkdays()) {
				adjusted.add(d);
				months.add(YearMonth.from(d));
			}
		}
		if (months.isEmpty()) {
			base = null;
			kinds = new byte[0];
			cum = new int[0];
			uncovered = new int[0];
			work = new int[0];
			return;
		}
		YearMonth first = ((TreeSet<YearMonth>) months).first();
		YearMonth last = ((TreeSet<YearMonth>) months).last();
		base = first.atDay(1);
		int size = (int) (last.atEndOfMonth().toEpochDay() - base.toEpochDay() + 1);
		kinds = new byte[size];
		cum = new int[size];
		uncovered = new int[size];
		int[] workTmp = new int[size];
		int w = 0;
		int u = 0;
		for (int i = 0; i < size; i++) {
			LocalDate d = base.plusDays(i);
			byte k;
			if (!months.contains(YearMonth.from(d))) {
				k = UNCOVERED;
			}
			else if (adjusted.contains(d)) {
				k = ADJUSTED;
			}
			else if (holidayNames.containsKey(d)) {
				k = HOLIDAY;
			}
			else if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
				k = WEEKEND;
			}
			else {
				k = WORK;
			}
			kinds[i] = k;
			if (k == WORK || k == ADJUSTED) {
				workTmp[w++] = i;
			}
			if (k == UNCOVERED) {
				u++;
			}
			cum[i] = w;
			uncovered[i] = u;
		}
		work = java.util.Arrays.copyOf(workTmp, w);
	}

	/** The notices this snapshot was built from. */
	public List<HolidayNotice> notices() {
		return notices;
	}

	public Set<Integer> years() {
		return java.util.Collections.unmodifiableSet(years);
	}

	public boolean covers(LocalDate date) {
		int i = offset(date);
		return i >= 0 && i < kinds.length && kinds[i] != UNCOVERED;
	}

	public DayKind kind(LocalDate date) {
		int i = requireCovered(date);
		return switch (kinds[i]) {
			case WORK -> DayKind.WORKDAY;
			case ADJUSTED -> DayKind.ADJUSTED_WORKDAY;
			case WEEKEND -> DayKind.WEEKEND;
			default -> DayKind.HOLIDAY;
		};
	}

	public boolean isWorkday(LocalDate date) {
		byte k = kinds[requireCovered(date)];
		return k == WORK || k == ADJUSTED;
	}

	public @Nullable String holidayName(LocalDate date) {
		return holidayNames.get(date);
	}

	/** The n-th working day after {@code start}; the start day itself is not counted. */
	public LocalDate addWorkdays(LocalDate start, int n) {
		if (n <= 0) {
			return start;
		}
		int s = offset(start);
		if (base == null || s < -1 || s >= kinds.length) {
			throw new CalendarDataMissing(start.plusDays(1).getYear());
		}
		int before = s >= 0 ? cum[s] : 0;
		int target = before + n - 1;
		if (target >= work.length) {
			throw new CalendarDataMissing(base.plusDays(kinds.length).getYear());
		}
		int r = work[target];
		requireNoGap(s, r);
		return base.plusDays(r);
	}

	/** {@code date} itself when it is a working day, else the next working day. */
	public LocalDate onOrNextWorkday(LocalDate date) {
		int o = requireCovered(date);
		int before = o > 0 ? cum[o - 1] : 0;
		if (before >= work.length) {
			throw new CalendarDataMissing(base.plusDays(kinds.length).getYear());
		}
		int r = work[before];
		requireNoGap(o - 1, r);
		return base.plusDays(r);
	}

	/** Working days in [from, to], both included; 0 when to is before from. */
	public int workdaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return 0;
		}
		int f = requireCovered(from);
		int t = requireCovered(to);
		requireNoGap(f, t);
		return cum[t] - (f > 0 ? cum[f - 1] : 0);
	}

	/**
	 * Adds every day in [from, to] that is not an ordinary working day (days off, and 调休 weekends worked) to
	 * {@code out}: the working of a deadline, read off the arrays without a lookup per day.
	 */
	void collectNonOrdinary(LocalDate from, LocalDate to, java.util.List<Deadline.SkippedDay> out) {
		if (to.isBefore(from)) {
			return;
		}
		int f = requireCovered(from);
		int t = requireCovered(to);
		requireNoGap(f, t);
		for (int i = f; i <= t; i++) {
			byte k = kinds[i];
			if (k != WORK) {
				LocalDate d = base.plusDays(i);
				DayKind kind = k == ADJUSTED ? DayKind.ADJUSTED_WORKDAY : k == WEEKEND ? DayKind.WEEKEND : DayKind.HOLIDAY;
				out.add(new Deadline.SkippedDay(d, kind, k == HOLIDAY ? holidayNames.get(d) : null));
			}
		}
	}

	private void requireNoGap(int afterOffset, int toOffset) {
		int before = afterOffset >= 0 ? uncovered[afterOffset] : 0;
		if (uncovered[toOffset] != before) {
			for (int i = Math.max(afterOffset + 1, 0); i <= toOffset; i++) {
				if (kinds[i] == UNCOVERED) {
					throw new CalendarDataMissing(base.plusDays(i).getYear());
				}
			}
		}
	}

	private int requireCovered(LocalDate date) {
		int i = offset(date);
		if (i < 0 || i >= kinds.length || kinds[i] == UNCOVERED) {
			throw new CalendarDataMissing(date.getYear());
		}
		return i;
	}

	private int offset(LocalDate date) {
		return base == null ? Integer.MIN_VALUE : (int) (date.toEpochDay() - base.toEpochDay());
	}
}
