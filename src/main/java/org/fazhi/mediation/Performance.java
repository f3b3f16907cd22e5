package org.fazhi.mediation;

/** 人民调解法 Art. 31 ¶2: the committee follows up whether the agreement is carried out. */
public enum Performance {

	PENDING("待履行"), PERFORMED("已履行"), NOT_PERFORMED("未履行");

	private final String label;

	Performance(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
