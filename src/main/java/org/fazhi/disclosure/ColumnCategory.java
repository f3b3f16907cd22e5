package org.fazhi.disclosure;

/**
 * How a column counts in the annual reports: the seed report names 政策文件, 财政预决算, "社会救助、文化服务等政务信息"
 * and 动态类信息; guides and annual reports count as none of these.
 */
public enum ColumnCategory {

	POLICY("政策文件"), BUDGET("财政预决算"), SERVICE("社会救助、文化服务等政务信息"), NEWS("政务动态"), OTHER("其他");

	private final String label;

	ColumnCategory(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
