package org.fazhi.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Urgency;
import org.jspecify.annotations.Nullable;

/**
 * A computed time limit: rule, start event, pauses, restarts and extensions in, due date and its working out. When
 * the State Council's notice of a year the period reaches is not entered, {@link #missingYear()} says which, and the
 * due date is {@link #provisional()} (暂定, computed on the statutory holidays alone), or empty (待日历更新) beyond
 * the years the provisional calendar covers.
 * Build one with {@link WorkdayCalendar#deadline}; change it with {@link #paused}, {@link #resumed},
 * {@link #restarted} and {@link #extended}, each of which recomputes from scratch.
 */
public record Deadline(ClockRule rule, LocalDate start, List<Pause> pauses, List<Restart> restarts,
		List<Extension> extensions, @Nullable LocalDate dueOn, @Nullable Integer missingYear,
		List<SkippedDay> skipped) {

	/** A day between the counting start and the due date that did not count, or a 调休 weekend that did. */
	public record SkippedDay(LocalDate date, DayKind kind, @Nullable String holiday) {

		public String label() {
			return holiday != null ? holiday + "（" + kind.label() + "）" : kind.label();
		}
	}

	/** The day counting starts after: the last restart, or the start event. */
	public LocalDate countFrom() {
		return restarts.stream().map(Restart::on).max(Comparator.naturalOrder()).orElse(start);
	}

	public boolean isPaused() {
		return pauses.stream().anyMatch(Pause::open);
	}

	public Deadline paused(LocalDate from, String reason, WorkdayCalendar calendar) {
		if (isPaused()) {
			throw new RuleViolation("calendar.pause.already");
		}
		if (from.isBefore(countFrom())) {
			throw new RuleViolation("calendar.pause.before-start");
		}
		List<Pause> p = new ArrayList<>(pauses);
		p.add(new Pause(from, null, reason));
		return calendar.recompute(this, p, restarts, extensions);
	}

	public Deadline resumed(LocalDate until, WorkdayCalendar calendar) {
		List<Pause> p = new ArrayList<>();
		boolean found = false;
		for (Pause pause : pauses) {
			if (pause.open()) {
				if (until.isBefore(pause.from())) {
					throw new RuleViolation("calendar.pause.resume-before");
				}
				p.add(new Pause(pause.from(), until, pause.reason()));
				found = true;
			}
			else {
				p.add(pause);
			}
		}
		if (!found) {
			throw new RuleViolation("calendar.pause.not-paused");
		}
		return calendar.recompute(this, p, restarts, extensions);
	}

	public Deadline restarted(LocalDate on, String reason, WorkdayCalendar calendar) {
		if (on.isBefore(countFrom())) {
			throw new RuleViolation("calendar.restart.before-start");
		}
		List<Restart> r = new ArrayList<>(restarts);
		r.add(new Restart(on, reason));
		return calendar.recompute(this, pauses, r, extensions);
	}

	/** Adds an approved extension; refused beyond the rule's cap in units and in number of extensions. */
	public Deadline extended(Extension extension, WorkdayCalendar calendar) {
		Period cap = rule.maxExtension();
		if (cap == null || rule.maxExtensions() == 0) {
			throw new RuleViolation("calendar.extension.not-allowed", rule.name());
		}
		if (extension.period().unit() != cap.unit()) {
			throw new RuleViolation("calendar.extension.unit", cap.label());
		}
		if (extensions.size() >= rule.maxExtensions()) {
			throw new RuleViolation("calendar.extension.count", rule.maxExtensions());
		}
		int total = extensions.stream().mapToInt(e -> e.period().amount()).sum() + extension.period().amount();
		if (total > cap.amount() || extension.period().amount() <= 0) {
			throw new RuleViolation("calendar.extension.cap", cap.label(), rule.legalBasis());
		}
		List<Extension> e = new ArrayList<>(extensions);
		e.add(extension);
		return calendar.recompute(this, pauses, restarts, e);
	}

	/**
	 * Its state on a day: remaining units and the light; a finished matter is on time or late. A paused clock is
	 * 已暂停, never overdue: the time waited is not counted (OGI Art. 33 ¶3 third-party consultation, Art. 30 补正,
	 * 信访工作条例 Art. 36 ¶2 听证), so it keeps the units it had left the day it stopped. A matter finished against a
	 * provisional due date is neither on time nor late until the year's notice is entered.
	 */
	public DeadlineState stateOn(LocalDate today, @Nullable LocalDate completedOn, WorkdayCalendar calendar) {
		Pause open = openPause();
		if (completedOn != null && (dueOn == null || provisional())) {
			return new DeadlineState(Urgency.DONE_UNDECIDED, null, false, null, dueOn != null);
		}
		if (dueOn == null) {
			return new DeadlineState(Urgency.UNKNOWN, null, open != null && completedOn == null,
					open == null ? null : open.reason(), false);
		}
		if (completedOn != null) {
			return new DeadlineState(completedOn.isAfter(dueOn) ? Urgency.DONE_LATE : Urgency.DONE_ON_TIME, null,
					false, null, false);
		}
		PeriodUnit unit = rule.period().unit().remainingUnit();
		if (open != null) {
			// the day the pause began is itself not counted, so what was left is (from - 1, due]
			LocalDate stopped = open.from().minusDays(1);
			Integer left;
			try {
				left = stopped.isAfter(dueOn) ? -calendar.unitsBetween(dueOn, stopped, unit)
						: calendar.unitsBetween(stopped, dueOn, unit);
			}
			catch (CalendarDataMissing missing) {
				left = null;
			}
			return new DeadlineState(Urgency.PAUSED, left, true, open.reason(), provisional());
		}
		try {
			if (today.isAfter(dueOn)) {
				return new DeadlineState(Urgency.OVERDUE, -calendar.unitsBetween(dueOn, today, unit), false, null,
						provisional());
			}
			int remaining = calendar.unitsBetween(today, dueOn, unit);
			Urgency urgency = remaining <= rule.warnWithin() ? Urgency.DUE_SOON : Urgency.NORMAL;
			return new DeadlineState(urgency, remaining, false, null, provisional());
		}
		catch (CalendarDataMissing missing) {
			// "today" lies in a year without data: the due date stands, the count of days left cannot be given
			return new DeadlineState(today.isAfter(dueOn) ? Urgency.OVERDUE : Urgency.NORMAL, null, false, null,
					provisional());
		}
	}

	/** The pause still open, if the clock stands still now. */
	public @Nullable Pause openPause() {
		return pauses.stream().filter(Pause::open).findFirst().orElse(null);
	}

	/**
	 * The due date was computed on the holidays fixed by 《全国年节及纪念日放假办法》 for a year whose State Council
	 * notice (with its 调休) is not entered yet: shown as 暂定 and recomputed when the notice is entered.
	 */
	public boolean provisional() {
		return dueOn != null && missingYear != null;
	}

	/** The working in words, the same for staff and citizens. */
	public List<String> explanation() {
		List<String> lines = new ArrayList<>();
		lines.add("适用规则：" + rule.name() + "，期限 " + rule.period().label() + "（" + rule.legalBasis() + "）。");
		lines.add("起算事件：" + rule.startEvent() + "，" + format(start) + "；期间开始之日不计算在内。");
		for (Restart r : restarts) {
			lines.add("重新计算：" + r.reason() + "，自" + format(r.on()) + "的次日起重新计算全部期限。");
		}
		for (Pause p : pauses) {
			lines.add("暂停计时：" + p.reason() + "，" + format(p.from()) + "至"
					+ (p.until() == null ? "今（尚未恢复）" : format(p.until())) + "，期间不计入期限。");
		}
		for (Extension e : extensions) {
			lines.add("延长期限：" + e.period().label() + "，经" + e.approvedBy() + "于" + format(e.approvedOn()) + "批准，理由："
					+ e.reason() + "。");
		}
		long holidays = skipped.stream().filter(s -> !s.kind().working()).count();
		long adjusted = skipped.stream().filter(s -> s.kind().working()).count();
		if (rule.period().unit() == PeriodUnit.WORKDAYS) {
			lines.add("按工作日计算：跳过休息日和法定节假日 " + holidays + " 天，计入调休上班日 " + adjusted + " 天。");
		}
		if (rule.period().unit() == PeriodUnit.MONTHS) {
			lines.add("按月计算：自起算次日起计算，到期月与起算日对应的日期为期间的最后一日；该月没有对应日期的，以该月最后一日为期间的最后一日。");
			if (dueOn != null && !skipped.isEmpty()) {
				LocalDate last = skipped.get(0).date();
				lines.add("期间的最后一日" + format(last) + "为" + skipped.get(0).label() + "，顺延至其后第一个工作日（民事诉讼法（2023）第八十五条）。");
			}
		}
		Pause open = openPause();
		if (open != null) {
			lines.add("当前暂停计时（" + open.reason() + "），恢复计时后期限届满日相应顺延；暂停期间不计逾期。");
		}
		if (provisional()) {
			lines.add("期限届满日（暂定）：" + format(dueOn) + "（" + weekday(dueOn) + "）。" + missingYear
					+ "年国务院办公厅节假日安排通知尚未录入，暂按《全国年节及纪念日放假办法》规定的法定节假日推算，未计调休上班日，也未计节假日逢周末的补休；通知录入后自动重新计算，日期如有变动将另行告知。");
			List<String> uncertain = skipped.stream()
				.filter(s -> s.date().getYear() >= missingYear && s.kind() == DayKind.HOLIDAY)
				.map(s -> format(s.date()) + s.holiday())
				.toList();
			lines.add("不确定的日期：" + missingYear + "年起的各周末（可能调为上班日）及法定节假日前后（可能调休）"
					+ (uncertain.isEmpty() ? "" : "；本期限内按办法推算的节假日为：" + String.join("、", uncertain)) + "。");
		}
		else if (dueOn != null) {
			lines.add("期限届满日：" + format(dueOn) + "（" + weekday(dueOn) + "）。");
		}
		else {
			lines.add("期限届满日：待日历更新（" + missingYear + "年节假日安排尚未录入）。");
		}
		return lines;
	}

	static String format(LocalDate d) {
		return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
	}

	static String weekday(LocalDate d) {
		return switch (d.getDayOfWeek()) {
			case MONDAY -> "星期一";
			case TUESDAY -> "星期二";
			case WEDNESDAY -> "星期三";
			case THURSDAY -> "星期四";
			case FRIDAY -> "星期五";
			case SATURDAY -> "星期六";
			case SUNDAY -> "星期日";
		};
	}
}
