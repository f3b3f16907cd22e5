package org.fazhi.inforequest;

/**
 * How a request arrived, and which day counts as 收到申请之日 for it (OGI Art. 31; legal-rules.md §2.5). The receipt
 * date is the day the channel's event happened, so staff enter that day and the label says which one it is.
 */
public enum Channel {

	ONLINE("网上申请", "双方确认之日"), IN_PERSON("当面提交", "提交之日"), SIGNED_POST("邮寄（需签收）", "本机关签收之日"),
	ORDINARY_LETTER("平常信函", "与申请人确认之日"), FAX("传真", "双方确认之日"), EMAIL("电子邮件", "双方确认之日");

	private final String label;

	private final String receiptEvent;

	Channel(String label, String receiptEvent) {
		this.label = label;
		this.receiptEvent = receiptEvent;
	}

	public String label() {
		return label;
	}

	/** What day the receipt date is, in the words of Art. 31. */
	public String receiptEvent() {
		return receiptEvent;
	}

	/** Channels staff register on paper; online requests come through the portal or the API. */
	public boolean staffRegistered() {
		return this != ONLINE;
	}
}
