package org.fazhi.calendar;

/**
 * The unit a statute counts in: 工作日 (working days), 日 (calendar days) or 月 (calendar months). Time left on a
 * month period is counted in calendar days (see {@link WorkdayCalendar#unitsBetween}).
 */
public enum PeriodUnit {
	WORKDAYS("个工作日", "WD"), DAYS("日", "D"), MONTHS("个月", "M");

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

	/** The unit in which the days left and the 即将到期 threshold are counted: months are followed day by day. */
	public PeriodUnit remainingUnit() {
		return this == MONTHS ? DAYS : this;
	}
}
