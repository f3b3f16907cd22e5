package org.fazhi.calendar.web;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.calendar.ClockRules;
import org.fazhi.calendar.Deadline;
import org.fazhi.calendar.WorkdayCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 期限计算器: a plain GET form (no session, no JavaScript) that shows a due date and its working, the same text
 * staff see on a matter.
 */
@Controller
class CalculatorController {

	private final WorkdayCalendar calendar;

	private final ClockRules rules;

	private final MessageSource messages;

	CalculatorController(WorkdayCalendar calendar, ClockRules rules, MessageSource messages) {
		this.calendar = calendar;
		this.rules = rules;
		this.messages = messages;
	}

	/** A problem with one field of the form, in words. */
	public record FieldProblem(String field, String message) {
	}

	@GetMapping("/calendar")
	String calculator(@RequestParam(required = false) @Nullable String start,
			@RequestParam(required = false) @Nullable String rule, @RequestParam(required = false) @Nullable String n,
			@RequestParam(required = false) @Nullable String unit, Model model) {
		// "custom" in the procedure list means: use the free n + unit fields
		String ruleCode = rule == null || rule.isBlank() || "custom".equals(rule) ? null : rule;
		DeadlineQuery query = new DeadlineQuery(start, n, unit, ruleCode);
		model.addAttribute("rules", rules.all());
		model.addAttribute("start", start == null ? "" : start);
		model.addAttribute("rule", rule == null ? "" : rule);
		model.addAttribute("n", n == null ? "" : n);
		model.addAttribute("unit", unit == null || unit.isBlank() ? "WORKDAYS" : unit);
		if (rule != null || !query.blank()) {
			DeadlineQuery.Outcome outcome = query.answer(calendar, rules);
			model.addAttribute("problems", outcome.problems().stream()
				.map(p -> new FieldProblem(p.field(),
						messages.getMessage(p.key(), p.args(), p.key(), LocaleContextHolder.getLocale())))
				.toList());
			Deadline d = outcome.deadline();
			if (d != null) {
				model.addAttribute("deadline", d);
				model.addAttribute("due", d.dueOn() == null ? null : format(d.dueOn()));
				model.addAttribute("provisional", d.provisional());
				if (d.dueOn() == null) {
					model.addAttribute("missing", messages.getMessage("calendar.year.missing",
							new Object[] { d.missingYear() }, LocaleContextHolder.getLocale()));
				}
			}
		}
		else {
			model.addAttribute("problems", List.of());
		}
		return "calendar/portal/calculator";
	}

	static String format(LocalDate d) {
		return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日（" + weekday(d) + "）";
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
