package org.fazhi.inforequest;

/** 获取信息的方式、途径 (Art. 29 ¶2(三)); also how the reply was actually delivered. */
public enum DeliveryWay {

	ONLINE("网上查阅"), EMAIL("电子邮件"), POST("邮寄"), PICKUP("当面领取");

	private final String label;

	DeliveryWay(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
