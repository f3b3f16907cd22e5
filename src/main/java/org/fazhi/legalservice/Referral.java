package org.fazhi.legalservice;

/** Where a consultation was sent on: nowhere, to 人民调解, to 法律援助, or guided to litigation. */
public enum Referral {

	NONE("未转介"), MEDIATION("转人民调解"), LEGAL_AID("转法律援助"), LITIGATION("引导诉讼");

	private final String label;

	Referral(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Referral fromLabel(String text) {
		for (Referral v : values()) {
			if (v.label.equals(text.trim()) || v.name().equals(text.trim())) {
				return v;
			}
		}
		throw new org.fazhi.shared.RuleViolation("legalservice.topic.unknown", text);
	}
}
