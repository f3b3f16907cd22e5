package org.fazhi.petition;

/** Where a petition stands. */
public enum PetitionStatus {

	RECEIVED("已登记，待受理告知", false), NOT_ACCEPTED("不予受理（已告知法定途径）", true),
	TRANSFERRED("已转送交办", true), MEDIATION("已转人民调解", true), ACCEPTED("已受理，办理中", false),
	ANSWERED("已出具处理意见书", true), REVIEW_REQUESTED("复查中", true), REVIEWED("已复查", true),
	RECHECK_REQUESTED("复核中", true), RECHECKED("已复核", true), CLOSED("已办结归档", true);

	private final String label;

	private final boolean concluded;

	PetitionStatus(String label, boolean concluded) {
		this.label = label;
		this.concluded = concluded;
	}

	public String label() {
		return label;
	}

	/** The town has given its answer (routed, transferred, or an opinion issued). */
	public boolean isConcluded() {
		return concluded;
	}
}
