package org.fazhi.petition;

/** How a petition arrived (信访工作条例 Art. 17: 信息网络、书信、电话、传真、走访). */
public enum Channel {

	LETTER("来信"), VISIT("来访"), ONLINE("网上信访"), PHONE("电话"), FAX("传真");

	private final String label;

	Channel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Channel ofLabel(String label) {
		for (Channel c : values()) {
			if (c.label.equals(label.trim())) {
				return c;
			}
		}
		throw new org.fazhi.shared.RuleViolation("petition.channel.unknown", label);
	}
}
