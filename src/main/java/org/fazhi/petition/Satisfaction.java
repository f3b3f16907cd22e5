package org.fazhi.petition;

/** The petitioner's rating of the reply. */
public enum Satisfaction {

	SATISFIED("满意"), FAIRLY_SATISFIED("基本满意"), DISSATISFIED("不满意");

	private final String label;

	Satisfaction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean counts() {
		return this != DISSATISFIED;
	}
}
