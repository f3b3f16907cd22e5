package org.fazhi.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.calendar.ClockRule;
import org.fazhi.calendar.ClockRules;
import org.fazhi.calendar.Deadline;
import org.fazhi.calendar.Period;
import org.fazhi.calendar.PeriodUnit;
import org.fazhi.calendar.WorkdayCalendar;
import org.fazhi.shared.NotFound;
import org.jspecify.annotations.Nullable;

/**
 * A deadline question from outside (the public API and the 期限计算器): a start date and either a configured rule
 * or a bare period. Checks the text input and answers with the engine's {@link Deadline}, or with the problems
 * found (message keys of calendar.properties, per field).
 */
record DeadlineQuery(@Nullable String start, @Nullable String n, @Nullable String unit, @Nullable String rule) {

	record Problem(String field, String key, Object[] args) {
	}

	record Outcome(@Nullable Deadline deadline, List<Problem> problems) {
	}

	boolean blank() {
		return empty(start) && empty(n) && empty(rule);
	}

	Outcome answer(WorkdayCalendar calendar, ClockRules rules) {
		List<Problem> problems = new ArrayList<>();
		LocalDate from = null;
		try {
			from = empty(start) ? null : LocalDate.parse(start.trim());
		}
		catch (DateTimeParseException e) {
			// reported below
		}
		if (from == null) {
			problems.add(new Problem("start", "calendar.api.start", new Object[0]));
		}
		ClockRule configured = null;
		if (!empty(rule)) {
			try {
				configured = rules.get(rule.trim());
			}
			catch (NotFound e) {
				problems.add(new Problem("rule", "calendar.api.rule", new Object[] { rule.trim() }));
			}
		}
		Period period = null;
		if (configured == null && empty(rule)) {
			PeriodUnit u = null;
			String unitText = empty(unit) ? "WORKDAYS" : unit.trim().toUpperCase();
			try {
				u = PeriodUnit.valueOf(unitText);
			}
			catch (IllegalArgumentException e) {
				problems.add(new Problem("unit", "calendar.api.unit", new Object[0]));
			}
			Integer amount = null;
			try {
				amount = empty(n) ? null : Integer.valueOf(n.trim());
			}
			catch (NumberFormatException e) {
				// reported below
			}
			if (amount == null || amount < 0 || amount > 3650) {
				problems.add(new Problem("n", "calendar.api.n", new Object[0]));
			}
			else if (u != null) {
				period = new Period(amount, u);
			}
		}
		if (!problems.isEmpty() || from == null) {
			return new Outcome(null, problems);
		}
		Deadline deadline = configured != null ? calendar.deadline(configured, from) : calendar.deadline(from, period);
		return new Outcome(deadline, List.of());
	}

	private static boolean empty(@Nullable String s) {
		return s == null || s.isBlank();
	}
}
