package org.fazhi.calendar;

import org.fazhi.shared.RuleViolation;

/**
 * A statutory period: n 工作日, n 日 or n 个月. Written in configuration as {@code 20WD}, {@code 60D} or {@code 1M}.
 */
public record Period(int amount, PeriodUnit unit) {

	public Period {
		if (amount < 0 || amount > 3650) {
			throw new RuleViolation("calendar.period.range");
		}
	}

	public static Period workingDays(int n) {
		return new Period(n, PeriodUnit.WORKDAYS);
	}

	public static Period days(int n) {
		return new Period(n, PeriodUnit.DAYS);
	}

	public static Period months(int n) {
		return new Period(n, PeriodUnit.MONTHS);
	}

	/** Parses {@code 20WD} (working days), {@code 15D} (calendar days) or {@code 1M} (calendar months). */
	public static Period parse(String text) {
		String t = text.trim().toUpperCase();
		try {
			if (t.endsWith("WD")) {
				return workingDays(Integer.parseInt(t.substring(0, t.length() - 2)));
			}
			if (t.endsWith("D")) {
				return days(Integer.parseInt(t.substring(0, t.length() - 1)));
			}
			if (t.endsWith("M")) {
				return months(Integer.parseInt(t.substring(0, t.length() - 1)));
			}
		}
		catch (NumberFormatException e) {
			// fall through to the rule violation
		}
		throw new RuleViolation("calendar.period.format", text);
	}

	/** 20个工作日, 60日, 1个月. */
	public String label() {
		return amount + unit.label();
	}

	@Override
	public String toString() {
		return amount + unit.code();
	}
}
