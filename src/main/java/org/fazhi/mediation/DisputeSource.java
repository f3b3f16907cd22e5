package org.fazhi.mediation;

/** How a dispute reached the committee: found in 排查, a party's application (Art. 17), or handed over. */
public enum DisputeSource {

	SCREENING("排查发现"), APPLICATION("当事人申请"), PETITION("信访转入"), CONSULTATION("法律咨询转入"),
	COURT_POLICE("法院/派出所委派");

	private final String label;

	DisputeSource(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static DisputeSource fromLabel(String label) {
		for (DisputeSource s : values()) {
			if (s.label.equals(label.trim()) || s.name().equals(label.trim())) {
				return s;
			}
		}
		throw new org.fazhi.shared.RuleViolation("mediation.source.unknown", label);
	}
}
