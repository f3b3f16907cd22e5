package org.fazhi.mediation;

/** 调解中, then one of the three ends of 人民调解法: agreement (Arts. 28-30), failure (Art. 26), termination. */
public enum DisputeStatus {

	IN_MEDIATION("调解中"), SUCCEEDED("调解成功"), FAILED("调解不成"), TERMINATED("终止调解");

	private final String label;

	DisputeStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean concluded() {
		return this != IN_MEDIATION;
	}

	public static DisputeStatus fromLabel(String label) {
		for (DisputeStatus s : values()) {
			if (s.label.equals(label.trim()) || s.name().equals(label.trim())) {
				return s;
			}
		}
		throw new org.fazhi.shared.RuleViolation("mediation.status.unknown", label);
	}
}
