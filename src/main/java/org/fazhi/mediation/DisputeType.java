package org.fazhi.mediation;

/** The dispute-type dictionary of the 排查调处 ledger. */
public enum DisputeType {

	MARRIAGE_FAMILY("婚姻家庭"), NEIGHBOUR("邻里"), HOUSE_HOMESTEAD("房屋宅基地"), CONTRACT("合同"),
	DAMAGES("损害赔偿"), LABOUR("劳动争议"), LAND_CONTRACT("土地承包"), EXPROPRIATION("征地拆迁"), OTHER("其他");

	private final String label;

	DisputeType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static DisputeType fromLabel(String label) {
		for (DisputeType t : values()) {
			if (t.label.equals(label.trim()) || t.name().equals(label.trim())) {
				return t;
			}
		}
		throw new org.fazhi.shared.RuleViolation("mediation.type.unknown", label);
	}
}
