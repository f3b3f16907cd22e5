package org.fazhi.calendar.web;

import java.util.Arrays;
import java.util.List;

import org.fazhi.calendar.ClockRule;
import org.fazhi.calendar.Period;
import org.fazhi.shared.RuleViolation;
import org.springframework.validation.Errors;

/** The clock-rule form; the period and the cap are written as in configuration: 20WD (工作日) or 60D (日). */
public class RuleForm {

	private String name = "";

	private String period = "";

	private String startEvent = "";

	private String pausedBy = "";

	private String restartedBy = "";

	private String maxExtension = "";

	private String maxExtensions = "0";

	private String legalBasis = "";

	private String warnWithin = "0";

	private String reason = "";

	static RuleForm of(ClockRule rule) {
		RuleForm form = new RuleForm();
		form.name = rule.name();
		form.period = rule.period().toString();
		form.startEvent = rule.startEvent();
		form.pausedBy = String.join("\n", rule.pausedBy());
		form.restartedBy = String.join("\n", rule.restartedBy());
		form.maxExtension = rule.maxExtension() == null ? "" : rule.maxExtension().toString();
		form.maxExtensions = String.valueOf(rule.maxExtensions());
		form.legalBasis = rule.legalBasis();
		form.warnWithin = String.valueOf(rule.warnWithin());
		return form;
	}

	ClockRule toRule(String code, Errors errors) {
		required(name, "name", errors);
		required(startEvent, "startEvent", errors);
		required(legalBasis, "legalBasis", errors);
		if (reason.isBlank()) {
			errors.rejectValue("reason", "calendar.rule.reason");
		}
		Period p = period("period", period, errors);
		Period cap = maxExtension.isBlank() ? null : period("maxExtension", maxExtension, errors);
		int count = number("maxExtensions", maxExtensions, 0, 10, errors);
		int warn = number("warnWithin", warnWithin, 0, 365, errors);
		if (cap != null && p != null && cap.unit() != p.unit()) {
			errors.rejectValue("maxExtension", "calendar.form.cap-unit");
		}
		if (cap == null && count > 0) {
			errors.rejectValue("maxExtensions", "calendar.form.cap-missing");
		}
		if (errors.hasErrors() || p == null) {
			return null;
		}
		return new ClockRule(code, name.trim(), p, startEvent.trim(), lines(pausedBy), lines(restartedBy), cap, count,
				legalBasis.trim(), warn);
	}

	private static void required(String value, String field, Errors errors) {
		if (value.isBlank()) {
			errors.rejectValue(field, "calendar.form.required");
		}
	}

	private static Period period(String field, String text, Errors errors) {
		if (text.isBlank()) {
			errors.rejectValue(field, "calendar.form.required");
			return null;
		}
		try {
			return Period.parse(text);
		}
		catch (RuleViolation e) {
			errors.rejectValue(field, e.messageKey(), e.arguments(), null);
			return null;
		}
	}

	private static int number(String field, String text, int min, int max, Errors errors) {
		try {
			int n = Integer.parseInt(text.trim());
			if (n >= min && n <= max) {
				return n;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		errors.rejectValue(field, "calendar.form.number", new Object[] { min, max }, null);
		return 0;
	}

	private static List<String> lines(String text) {
		return Arrays.stream(text.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? "" : name;
	}

	public String getPeriod() {
		return period;
	}

	public void setPeriod(String period) {
		this.period = period == null ? "" : period;
	}

	public String getStartEvent() {
		return startEvent;
	}

	public void setStartEvent(String startEvent) {
		this.startEvent = startEvent == null ? "" : startEvent;
	}

	public String getPausedBy() {
		return pausedBy;
	}

	public void setPausedBy(String pausedBy) {
		this.pausedBy = pausedBy == null ? "" : pausedBy;
	}

	public String getRestartedBy() {
		return restartedBy;
	}

	public void setRestartedBy(String restartedBy) {
		this.restartedBy = restartedBy == null ? "" : restartedBy;
	}

	public String getMaxExtension() {
		return maxExtension;
	}

	public void setMaxExtension(String maxExtension) {
		this.maxExtension = maxExtension == null ? "" : maxExtension;
	}

	public String getMaxExtensions() {
		return maxExtensions;
	}

	public void setMaxExtensions(String maxExtensions) {
		this.maxExtensions = maxExtensions == null ? "" : maxExtensions;
	}

	public String getLegalBasis() {
		return legalBasis;
	}

	public void setLegalBasis(String legalBasis) {
		this.legalBasis = legalBasis == null ? "" : legalBasis;
	}

	public String getWarnWithin() {
		return warnWithin;
	}

	public void setWarnWithin(String warnWithin) {
		this.warnWithin = warnWithin == null ? "" : warnWithin;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason == null ? "" : reason;
	}
}
