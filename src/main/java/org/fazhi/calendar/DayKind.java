package org.fazhi.calendar;

/** How a date counts. */
public enum DayKind {
	WORKDAY("工作日", true), ADJUSTED_WORKDAY("调休上班日", true), WEEKEND("休息日", false), HOLIDAY("法定节假日", false);

	private final String label;

	private final boolean working;

	DayKind(String label, boolean working) {
		this.label = label;
		this.working = working;
	}

	public String label() {
		return label;
	}

	public boolean working() {
		return working;
	}
}
