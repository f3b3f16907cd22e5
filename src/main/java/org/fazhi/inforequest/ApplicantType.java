package org.fazhi.inforequest;

/**
 * Who asks, in the columns of the annual report's table 三 (国办公开办函〔2021〕30号): 自然人, or one of the five kinds
 * of 法人或其他组织. The API names are those of architecture.md ({@code CITIZEN}, {@code orgKind}).
 */
public enum ApplicantType {

	CITIZEN("公民", "自然人"), COMMERCIAL("商业企业", "商业企业"), RESEARCH("科研机构", "科研机构"),
	NONPROFIT("社会公益组织", "社会公益组织"), LEGAL_SERVICE("法律服务机构", "法律服务机构"), OTHER("其他组织", "其他");

	private final String label;

	private final String column;

	ApplicantType(String label, String column) {
		this.label = label;
		this.column = column;
	}

	public String label() {
		return label;
	}

	/** The table 三 column label, byte-exact. */
	public String column() {
		return column;
	}

	public boolean isOrganization() {
		return this != CITIZEN;
	}
}
