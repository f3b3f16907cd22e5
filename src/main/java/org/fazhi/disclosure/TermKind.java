package org.fazhi.disclosure;

/** The two classification dictionaries of the metadata block. */
public enum TermKind {

	THEME("主题分类"), GENRE("体裁分类");

	private final String label;

	TermKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
