package org.fazhi.inforequest;

/**
 * The one result of a reply, as the rows of table 三 of the 2021 annual-report template (国办公开办函〔2021〕30号)
 * name them; labels are byte-exact with the template (legal-rules.md §12.3). The legal basis is the author's
 * mapping in legal-rules.md §2.9 and is what the reply letter cites.
 */
public enum ReplyResult {

	OPEN(Group.OPEN, "", "《政府信息公开条例》第三十六条第（一）项、第（二）项"),
	PARTIAL(Group.PARTIAL, "", "《政府信息公开条例》第三十七条"),
	DENY_STATE_SECRET(Group.DENY, "1.属于国家秘密", "《政府信息公开条例》第十四条"),
	DENY_LAW_PROHIBITED(Group.DENY, "2.其他法律行政法规禁止公开", "《政府信息公开条例》第十四条"),
	DENY_SECURITY_STABILITY(Group.DENY, "3.危及\u201c三安全一稳定\u201d", "《政府信息公开条例》第十四条"),
	DENY_THIRD_PARTY(Group.DENY, "4.保护第三方合法权益", "《政府信息公开条例》第十五条、第三十二条"),
	DENY_INTERNAL_AFFAIRS(Group.DENY, "5.属于三类内部事务信息", "《政府信息公开条例》第十六条第一款"),
	DENY_PROCESS_INFO(Group.DENY, "6.属于四类过程性信息", "《政府信息公开条例》第十六条第二款"),
	DENY_ENFORCEMENT_FILE(Group.DENY, "7.属于行政执法案卷", "《政府信息公开条例》第十六条第二款"),
	DENY_ADMIN_INQUIRY(Group.DENY, "8.属于行政查询事项", "《政府信息公开条例》第三十六条第（七）项"),
	UNABLE_NOT_HELD(Group.UNABLE, "1.本机关不掌握相关政府信息", "《政府信息公开条例》第三十六条第（四）项、第（五）项"),
	UNABLE_NEED_CREATION(Group.UNABLE, "2.没有现成信息需要另行制作", "《政府信息公开条例》第三十八条"),
	UNABLE_UNCLEAR_AFTER_CORRECTION(Group.UNABLE, "3.补正后申请内容仍不明确", "《政府信息公开条例》第三十条"),
	NP_PETITION_COMPLAINT(Group.NOT_PROCESSED, "1.信访举报投诉类申请", "《政府信息公开条例》第三十九条第一款"),
	NP_REPEAT(Group.NOT_PROCESSED, "2.重复申请", "《政府信息公开条例》第三十六条第（六）项"),
	NP_PUBLICATION(Group.NOT_PROCESSED, "3.要求提供公开出版物", "《政府信息公开条例》第三十九条第二款"),
	NP_MASS_REPEAT(Group.NOT_PROCESSED, "4.无正当理由大量反复申请", "《政府信息公开条例》第三十五条"),
	NP_REISSUE_CONFIRM(Group.NOT_PROCESSED, "5.要求行政机关确认或重新出具已获取信息", "《政府信息公开条例》"),
	OTHER_NO_CORRECTION(Group.OTHER, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
			"《政府信息公开条例》第三十条"),
	OTHER_FEE_UNPAID(Group.OTHER, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
			"《政府信息公开条例》第四十二条、《政府信息公开信息处理费管理办法》"),
	OTHER_OTHER(Group.OTHER, "3.其他", "《政府信息公开条例》");

	/** The template's result groups （一）…（六）. */
	public enum Group {

		OPEN("（一）予以公开", "予以公开"), PARTIAL("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开"),
		DENY("（三）不予公开", "不予公开"), UNABLE("（四）无法提供", "无法提供"), NOT_PROCESSED("（五）不予处理", "不予处理"),
		OTHER("（六）其他处理", "其他处理");

		private final String rowLabel;

		private final String shortLabel;

		Group(String rowLabel, String shortLabel) {
			this.rowLabel = rowLabel;
			this.shortLabel = shortLabel;
		}

		public String rowLabel() {
			return rowLabel;
		}

		public String shortLabel() {
			return shortLabel;
		}
	}

	private final Group group;

	private final String itemLabel;

	private final String legalBasis;

	ReplyResult(Group group, String itemLabel, String legalBasis) {
		this.group = group;
		this.itemLabel = itemLabel;
		this.legalBasis = legalBasis;
	}

	public Group group() {
		return group;
	}

	/** The level-3 label of table 三, empty for （一） and （二）. */
	public String itemLabel() {
		return itemLabel;
	}

	public String legalBasis() {
		return legalBasis;
	}

	/** 不予公开 — 部分公开 also withholds a part — must name 行政复议 as the first remedy (行政复议法 2023 第二十三条). */
	public boolean refusesDisclosure() {
		return group == Group.DENY || group == Group.PARTIAL;
	}

	/** E.g. "不予公开：1.属于国家秘密". */
	public String label() {
		return itemLabel.isEmpty() ? group.shortLabel() : group.shortLabel() + "：" + itemLabel;
	}
}
