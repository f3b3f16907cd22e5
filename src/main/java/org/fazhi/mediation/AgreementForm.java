package org.fazhi.mediation;

/** 人民调解法 Art. 28: a written 调解协议书, or an oral agreement the mediator records. */
public enum AgreementForm {

	WRITTEN("书面协议"), ORAL("口头协议");

	private final String label;

	AgreementForm(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
