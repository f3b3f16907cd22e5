package org.fazhi.petition;

/** The decision of a 信访处理意见书 (信访工作条例 Art. 32). */
public enum Outcome {

	SUPPORT("予以支持"), EXPLAIN("作出解释说明"), NOT_SUPPORT("不予支持");

	private final String label;

	Outcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
