package org.fazhi.calendar;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A statutory clock as configuration, not code: its period, start convention, the events that pause or restart it,
 * the extension cap and its legal basis, and when it turns 即将到期. A change of law is a new version of the rule.
 *
 * @param code stable key used by modules, e.g. {@code inforequest.reply}
 * @param warnWithin remaining units (in the period's unit; calendar days for a month period) at or below which the
 *        clock shows 即将到期
 */
public record ClockRule(String code, String name, Period period, String startEvent, List<String> pausedBy,
		List<String> restartedBy, @Nullable Period maxExtension, int maxExtensions, String legalBasis,
		int warnWithin) {

	public boolean extensible() {
		return maxExtension != null && maxExtensions > 0;
	}
}
