package org.fazhi.inforequest;

/** Where a request stands. Only {@link #OPEN}, {@link #AWAITING_CORRECTION} and {@link #CONSULTING} are open. */
public enum Status {

	OPEN("办理中"), AWAITING_CORRECTION("待申请人补正"), CONSULTING("征求第三方意见中"), ANSWERED("已答复"),
	DELIVERED("已送达");

	private final String label;

	Status(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean isOpen() {
		return this == OPEN || this == AWAITING_CORRECTION || this == CONSULTING;
	}
}
