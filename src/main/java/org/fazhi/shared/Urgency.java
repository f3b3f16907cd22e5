package org.fazhi.shared;

/** How a due date looks on a list: the light and the words that go with it (never colour alone). */
public enum Urgency {

	NORMAL("正常", "green"), DUE_SOON("即将到期", "yellow"), OVERDUE("已逾期", "red"), DONE_ON_TIME("按期办结", "done"),
	DONE_LATE("逾期办结", "late"), UNKNOWN("待日历更新", "unknown");

	private final String label;

	private final String css;

	Urgency(String label, String css) {
		this.label = label;
		this.css = css;
	}

	public String label() {
		return label;
	}

	public String css() {
		return css;
	}
}
