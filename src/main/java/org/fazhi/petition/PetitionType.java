package org.fazhi.petition;

/** 依法分类处理: the three kinds of demand of 信访工作条例 Arts. 29–33. */
public enum PetitionType {

	COMPLAINT("申诉求决类", "第三十一条"), SUGGESTION("建议意见类", "第二十九条"), ACCUSATION("检举控告类", "第三十条");

	private final String label;

	private final String article;

	PetitionType(String label, String article) {
		this.label = label;
		this.article = article;
	}

	public String label() {
		return label;
	}

	public String article() {
		return article;
	}

	public static PetitionType ofLabel(String label) {
		for (PetitionType t : values()) {
			if (t.label.equals(label.trim())) {
				return t;
			}
		}
		throw new org.fazhi.shared.RuleViolation("petition.type.unknown", label);
	}
}
