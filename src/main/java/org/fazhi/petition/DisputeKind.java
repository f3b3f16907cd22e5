package org.fazhi.petition;

/** Civil disputes that people's mediation takes (人民调解法 Art. 2; 信访工作条例 Art. 37). */
public enum DisputeKind {

	NEIGHBOUR("邻里纠纷"), FAMILY("婚姻家庭纠纷"), CIVIL("其他民间纠纷");

	private final String label;

	DisputeKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
