package org.fazhi.calendar;

/** The unit a statute counts in: 工作日 (working days) or 日 (calendar days). */
public enum PeriodUnit {
	WORKDAYS("个工作日", "WD"), DAYS("日", "D");

	private final String label;

	private final String code;

	PeriodUnit(String label, String code) {
		this.label = label;
		this.code = code;
	}

	public String label() {
		return label;
	}

	public String code() {
		return code;
	}
}
