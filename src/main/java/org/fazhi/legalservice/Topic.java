package org.fazhi.legalservice;

/** The consultation-topic dictionary of the station's register. */
public enum Topic {

	MARRIAGE_FAMILY("婚姻家庭"), INHERITANCE("继承"), LABOUR("劳动用工"), LAND_HOUSING("土地房产"), CONTRACT_DEBT("合同债务"), TORT("侵权赔偿"), ADMINISTRATIVE("行政事务"), OTHER("其他");

	private final String label;

	Topic(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Length of a citizen's own topic that is kept (the column {@code topic_as_written}). */
	public static final int AS_WRITTEN_LENGTH = 50;

	/** The dictionary entry a label or constant name stands for, if any. */
	public static java.util.Optional<Topic> match(String text) {
		for (Topic v : values()) {
			if (v.label.equals(text.strip()) || v.name().equals(text.strip())) {
				return java.util.Optional.of(v);
			}
		}
		return java.util.Optional.empty();
	}

	public static Topic fromLabel(String text) {
		for (Topic v : values()) {
			if (v.label.equals(text.trim()) || v.name().equals(text.trim())) {
				return v;
			}
		}
		throw new org.fazhi.shared.RuleViolation("legalservice.topic.unknown", text);
	}
}
