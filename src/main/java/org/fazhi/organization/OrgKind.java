package org.fazhi.organization;

public enum OrgKind {
	/** 区/县: hosts towns, its supervisors read across them. */
	DISTRICT("区县"),
	/** 乡镇/街道: a tenant with its own records. */
	TOWN("乡镇（街道）");

	private final String label;

	OrgKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
