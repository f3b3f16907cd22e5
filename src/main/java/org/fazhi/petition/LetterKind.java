package org.fazhi.petition;

/** The written documents of a petition; {@code toPetitioner} ones are offered on the tracking page. */
public enum LetterKind {

	ACCEPTANCE("信访事项受理告知书", true), NOT_ACCEPTED("信访事项不予受理告知书", true),
	TRANSFER_NOTICE("信访事项转送告知书", true), TRANSFER_LETTER("信访事项转送函", false),
	MEDIATION("转人民调解告知书", true), EXTENSION("信访事项延期办理告知书", true), OPINION("信访事项处理意见书", true),
	REVIEW_OPINION("信访事项复查意见书", true), RECHECK_OPINION("信访事项复核意见书", true);

	private final String title;

	private final boolean toPetitioner;

	LetterKind(String title, boolean toPetitioner) {
		this.title = title;
		this.toPetitioner = toPetitioner;
	}

	public String title() {
		return title;
	}

	public boolean toPetitioner() {
		return toPetitioner;
	}
}
