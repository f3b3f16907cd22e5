package org.fazhi.petition;

/**
 * Where a 申诉求决类 demand belongs (信访工作条例 Art. 31 (一)–(六), with Art. 28 ¶2 诉访分离). Items (一)–(四) have
 * their own statutory channel: they are not handled as 信访 and the petitioner is told in writing where to go.
 */
public enum Route {

	LITIGATION("（一）诉讼、行政复议、检察或者公安等法定程序",
			"依法向人民法院提起诉讼、向行政复议机关申请行政复议，或者向人民检察院、公安机关反映", true),
	ARBITRATION("（二）仲裁", "依法向有管辖权的仲裁机构申请仲裁", true),
	PARTY_APPEAL("（三）党员申诉、申请复审", "依照党内法规向有关党组织提出申诉或者申请复审", true),
	ADMINISTRATIVE("（四）行政复议、行政裁决、行政确认、行政许可、行政处罚等行政程序",
			"依法向有权机关申请行政复议、行政裁决、行政确认、行政许可，或者通过行政处罚程序处理", true),
	DUTY("（五）请求查处违法行为、履行保护人身权或者财产权等合法权益职责", "", false),
	OPINION("（六）其他事项：听取意见、调查核实，出具信访处理意见书", "", false);

	private final String label;

	private final String channel;

	private final boolean statutoryChannel;

	Route(String label, String channel, boolean statutoryChannel) {
		this.label = label;
		this.channel = channel;
		this.statutoryChannel = statutoryChannel;
	}

	public String label() {
		return label;
	}

	/** The legal channel named in the notice (诉访分离); empty for routes handled as 信访. */
	public String channel() {
		return channel;
	}

	/** Whether the demand belongs to another statutory procedure and is therefore not accepted as 信访. */
	public boolean isStatutoryChannel() {
		return statutoryChannel;
	}

	/** The 60-日 handling period of Art. 34 applies to items under Art. 31 (六) only (legal-rules.md table 1). */
	public boolean hasHandlingPeriod() {
		return this == OPINION;
	}
}
