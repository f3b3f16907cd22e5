package org.fazhi.inforequest;

/** 获取信息的形式 (Art. 29 ¶2(三)). */
public enum InfoForm {

	ELECTRONIC("电子文本"), PAPER("纸质文本");

	private final String label;

	InfoForm(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
