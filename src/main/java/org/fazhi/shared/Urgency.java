package org.fazhi.shared;

/** How a due date looks on a list: the light and the words that go with it (never colour alone). */
public enum Urgency {

	NORMAL("正常", "green"), DUE_SOON("即将到期", "yellow"), OVERDUE("已逾期", "red"), DONE_ON_TIME("按期办结", "done"),
	DONE_LATE("逾期办结", "late"), UNKNOWN("待日历更新", "unknown"),
	/** The clock stands still (third-party consultation, 补正, 听证): it cannot run out while it waits. */
	PAUSED("已暂停", "paused"),
	/** Finished while the due date was only provisional: on time or late is decided once the calendar is known. */
	DONE_UNDECIDED("已办结（是否按期待日历确定）", "done");

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
