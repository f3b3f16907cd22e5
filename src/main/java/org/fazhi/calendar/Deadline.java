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
 * the calendar lacks a year the due date is empty and {@link #missingYear()} says which (shown as 待日历更新).
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

	/** Total units of the period including approved extensions. */
	public Period effectivePeriod() {
		return rule.period().plus(extensions.stream().mapToInt(e -> e.period().amount()).sum());
	}

	/** Its state on a day: remaining units and the light; a finished matter is on time or late. */
	public DeadlineState stateOn(LocalDate today, @Nullable LocalDate completedOn, WorkdayCalendar calendar) {
		if (dueOn == null) {
			return new DeadlineState(Urgency.UNKNOWN, null, isPaused());
		}
		if (completedOn != null) {
			return new DeadlineState(completedOn.isAfter(dueOn) ? Urgency.DONE_LATE : Urgency.DONE_ON_TIME, null,
					false);
		}
		try {
			if (today.isAfter(dueOn)) {
				return new DeadlineState(Urgency.OVERDUE,
						-calendar.unitsBetween(dueOn, today, rule.period().unit().remainingUnit()),
						isPaused());
			}
			int remaining = calendar.unitsBetween(today, dueOn, rule.period().unit().remainingUnit());
			Urgency urgency = remaining <= rule.warnWithin() ? Urgency.DUE_SOON : Urgency.NORMAL;
			return new DeadlineState(isPaused() ? Urgency.NORMAL : urgency, remaining, isPaused());
		}
		catch (CalendarDataMissing missing) {
			// "today" lies in a year without data: the due date stands, the count of days left cannot be given
			return new DeadlineState(today.isAfter(dueOn) ? Urgency.OVERDUE : Urgency.NORMAL, null, isPaused());
		}
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
		if (dueOn != null) {
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
