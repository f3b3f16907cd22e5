package org.fazhi.mediation;

public enum PartyKind {

	PERSON("自然人"), ORGANIZATION("法人或其他组织");

	private final String label;

	PartyKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
