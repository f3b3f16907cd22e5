package org.fazhi.legalservice;

/** How a question reached the station. */
public enum Channel {

	WALK_IN("来访"), PHONE("电话"), ONLINE("网上");

	private final String label;

	Channel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Channel fromLabel(String text) {
		for (Channel v : values()) {
			if (v.label.equals(text.trim()) || v.name().equals(text.trim())) {
				return v;
			}
		}
		throw new org.fazhi.shared.RuleViolation("legalservice.topic.unknown", text);
	}
}
