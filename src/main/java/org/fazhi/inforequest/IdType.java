package org.fazhi.inforequest;

/** The 身份证明 an applicant gives (Art. 29 ¶2(一)); two of them are checked by their check character. */
public enum IdType {

	RESIDENT_ID("居民身份证"), USCC("统一社会信用代码"), PASSPORT("护照"), OTHER("其他证件");

	private final String label;

	IdType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
