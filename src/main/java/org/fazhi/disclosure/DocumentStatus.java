package org.fazhi.disclosure;

/** 草稿 → 保密审查 → 审查通过 → 已发布 (→ 已撤回); a 更新稿 ends as 已并入原文 when published over its original. */
public enum DocumentStatus {

	DRAFT("草稿"), IN_REVIEW("保密审查中"), APPROVED("审查通过待发布"), PUBLISHED("已发布"), WITHDRAWN("已撤回"), MERGED("已并入原文");

	private final String label;

	DocumentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
