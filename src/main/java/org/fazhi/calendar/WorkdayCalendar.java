package org.fazhi.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The one place where Fazhi counts days. Holds the current {@link CalendarData} snapshot; when an administrator
 * enters or corrects a year, the snapshot is replaced and running clocks are recomputed (see
 * {@link DeadlineClocks}).
 */
public class WorkdayCalendar {

	private static final ClockRule AD_HOC_WORKDAYS = adHoc(PeriodUnit.WORKDAYS);

	private static final ClockRule AD_HOC_DAYS = adHoc(PeriodUnit.DAYS);

	private static final ClockRule AD_HOC_MONTHS = adHoc(PeriodUnit.MONTHS);

	/** How many years past the last entered notice the provisional calendar reaches (the longest rule is 90 日). */
	static final int PROVISIONAL_YEARS = 11;

	private volatile CalendarData data;

	/** The entered notices plus, for each year without one, the statutory holidays alone (暂定). */
	private volatile CalendarData provisional;

	public WorkdayCalendar(CalendarData data) {
		this.data = data;
		this.provisional = provisional(data);
	}

	/** The calendar of the notices shipped with the product, without a database: for tests and benchmarks. */
	public static WorkdayCalendar fromBundledNotices() {
		return new WorkdayCalendar(new CalendarData(CalendarNotices.bundled()));
	}

	public CalendarData data() {
		return data;
	}

	void replace(CalendarData next) {
		this.provisional = provisional(next);
		this.data = next;
	}

	/**
	 * The calendar a provisional due date is computed on: the entered notices, and for every other year up to
	 * {@link #PROVISIONAL_YEARS} after the last one the holidays of 《全国年节及纪念日放假办法》 without 调休.
	 */
	private static CalendarData provisional(CalendarData official) {
		if (official.years().isEmpty()) {
			return official;
		}
		int first = official.years().stream().min(Integer::compare).orElseThrow();
		int last = official.years().stream().max(Integer::compare).orElseThrow();
		List<HolidayNotice> notices = new ArrayList<>(official.notices());
		for (int y = first; y <= last + PROVISIONAL_YEARS; y++) {
			if (!official.years().contains(y)) {
				notices.add(ProvisionalHolidays.year(y));
			}
		}
		return new CalendarData(notices);
	}

	public boolean isWorkday(LocalDate date) {
		return data.isWorkday(date);
	}

	public DayKind kind(LocalDate date) {
		return data.kind(date);
	}

	/** Due date only, without the working: the fast path for lists and bulk recomputation. */
	public LocalDate dueOn(LocalDate start, Period period) {
		if (period.unit() == PeriodUnit.WORKDAYS) {
			return data.addWorkdays(start, period.amount());
		}
		if (period.unit() == PeriodUnit.MONTHS) {
			return data.onOrNextWorkday(lastDayOfMonths(start, period.amount()));
		}
		return data.onOrNextWorkday(start.plusDays(period.amount()));
	}

	/** A deadline under a configured rule from its start event. */
	public Deadline deadline(ClockRule rule, LocalDate start) {
		return compute(rule, start, List.of(), List.of(), List.of());
	}

	/** A deadline of a bare period (the 期限计算器 and ad-hoc limits). */
	public Deadline deadline(LocalDate start, Period period) {
		ClockRule template = switch (period.unit()) {
			case WORKDAYS -> AD_HOC_WORKDAYS;
			case DAYS -> AD_HOC_DAYS;
			case MONTHS -> AD_HOC_MONTHS;
		};
		ClockRule rule = new ClockRule(template.code(), template.name(), period, template.startEvent(), List.of(),
				List.of(), null, 0, template.legalBasis(), template.warnWithin());
		return deadline(rule, start);
	}

	/** The same deadline recomputed on the current calendar data (after a year was entered or corrected). */
	public Deadline recompute(Deadline deadline) {
		return compute(deadline.rule(), deadline.start(), deadline.pauses(), deadline.restarts(),
				deadline.extensions());
	}

	/** The same deadline under a new version of its rule (a change of law is an edit, not a release). */
	public Deadline recompute(Deadline deadline, ClockRule rule) {
		return compute(rule, deadline.start(), deadline.pauses(), deadline.restarts(), deadline.extensions());
	}

	Deadline recompute(Deadline deadline, List<Pause> pauses, List<Restart> restarts, List<Extension> extensions) {
		return compute(deadline.rule(), deadline.start(), pauses, restarts, extensions);
	}

	/**
	 * The due date on the entered notices; when the period reaches a year without its notice, a provisional due date
	 * on the statutory holidays of that year ({@link Deadline#provisional()}), never a silent Monday–Friday.
	 */
	public Deadline compute(ClockRule rule, LocalDate start, List<Pause> pauses, List<Restart> restarts,
			List<Extension> extensions) {
		try {
			return computeOn(data, rule, start, pauses, restarts, extensions, null);
		}
		catch (CalendarDataMissing missing) {
			try {
				return computeOn(provisional, rule, start, pauses, restarts, extensions, missing.year());
			}
			catch (CalendarDataMissing beyond) {
				return new Deadline(rule, start, List.copyOf(pauses), List.copyOf(restarts), List.copyOf(extensions),
						null, missing.year(), List.of());
			}
		}
	}

	private static Deadline computeOn(CalendarData d, ClockRule rule, LocalDate start, List<Pause> pauses,
			List<Restart> restarts, List<Extension> extensions, @Nullable Integer missingYear) {
		LocalDate from = restarts.stream().map(Restart::on).max(Comparator.naturalOrder()).orElse(start);
		int total = rule.period().amount() + extensions.stream().mapToInt(e -> e.period().amount()).sum();
		LocalDate due;
		List<Deadline.SkippedDay> skipped = new ArrayList<>();
		if (rule.period().unit() == PeriodUnit.WORKDAYS) {
			int paused = 0;
			for (Pause p : pauses) {
				if (!p.open() && !p.from().isBefore(from)) {
					paused += d.workdaysBetween(p.from(), p.until());
				}
			}
			due = d.addWorkdays(from, total + paused);
			d.collectNonOrdinary(from.plusDays(1), due, skipped);
		}
		else {
			long paused = 0;
			for (Pause p : pauses) {
				if (!p.open() && !p.from().isBefore(from)) {
					paused += ChronoUnit.DAYS.between(p.from(), p.until()) + 1;
				}
			}
			// a month period ends on the corresponding day of the n-th month; paused days are added after it
			LocalDate last = rule.period().unit() == PeriodUnit.MONTHS ? lastDayOfMonths(from, total).plusDays(paused)
					: from.plusDays(total + paused);
			due = d.onOrNextWorkday(last);
			for (LocalDate day = last; day.isBefore(due); day = day.plusDays(1)) {
				skipped.add(new Deadline.SkippedDay(day, d.kind(day), d.holidayName(day)));
			}
		}
		return new Deadline(rule, start, List.copyOf(pauses), List.copyOf(restarts), List.copyOf(extensions), due,
				missingYear, List.copyOf(skipped));
	}

	/**
	 * The last day of a period of {@code months} calendar months counted from the day after {@code start}: the day of
	 * the n-th month that corresponds to {@code start}, or that month's last day when it has no such day (31 January
	 * + 1 month = 28 or 29 February). {@link LocalDate#plusMonths} clamps exactly so.
	 */
	static LocalDate lastDayOfMonths(LocalDate start, int months) {
		return start.plusMonths(months);
	}

	/**
	 * Units from {@code from} to {@code to} in the given unit, {@code from} not counted: working days in
	 * (from, to], or calendar days. A month period's time left is followed in calendar days (a fraction of a month
	 * is no use on a to-do list), so {@code MONTHS} counts calendar days too.
	 */
	public int unitsBetween(LocalDate from, LocalDate to, PeriodUnit unit) {
		if (unit.remainingUnit() == PeriodUnit.DAYS) {
			return (int) ChronoUnit.DAYS.between(from, to);
		}
		try {
			return data.workdaysBetween(from.plusDays(1), to);
		}
		catch (CalendarDataMissing missing) {
			// days left to a provisional due date are as provisional as the date itself
			return provisional.workdaysBetween(from.plusDays(1), to);
		}
	}

	public @Nullable String holidayName(LocalDate date) {
		return data.holidayName(date);
	}

	private static ClockRule adHoc(PeriodUnit unit) {
		if (unit == PeriodUnit.MONTHS) {
			return new ClockRule("adhoc.months", "按月计算的期限", Period.months(0), "起算日", List.of(), List.of(), null, 0,
					"期间开始之日不计算在内，到期月的对应日为期间的最后一日，该月没有对应日的以该月最后一日为最后一日；民事诉讼法（2023）第八十五条：期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期",
					5);
		}
		return new ClockRule(unit == PeriodUnit.WORKDAYS ? "adhoc.workdays" : "adhoc.days",
				unit == PeriodUnit.WORKDAYS ? "按工作日计算的期限" : "按日计算的期限", Period.days(0), "起算日", List.of(),
				List.of(), null, 0,
				unit == PeriodUnit.WORKDAYS ? "期间开始之日不计算在内；工作日不含休息日和法定节假日，含调休上班日"
						: "民事诉讼法（2023）第八十五条：期间开始之日不计算在内，期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期",
				3);
	}
}
