package org.fazhi.inforequest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.office.WordDocument;

/**
 * The 政府信息公开申请答复告知书 for a reply, one wording per result group, with the legal basis and the remedies: a
 * refusal to disclose (不予公开, and the withheld part of 部分公开) must first go to 行政复议 (《中华人民共和国行政复议法》
 * 2023 第二十三条); every other reply names 复议 within 60 日 and a lawsuit within 6 个月 (legal-rules.md §2.9). The
 * article numbers of the 60-日 and 6-个月 periods are not in the project's verified sources, so the letter states the
 * periods without citing them.
 */
public final class ReplyLetter {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private ReplyLetter() {
	}

	public static String fileName(InfoRequest r) {
		return "答复告知书-" + r.trackingNumber() + ".docx";
	}

	public static byte[] of(InfoRequest r, String organ) {
		ReplyResult result = r.result();
		LocalDate on = r.repliedOn();
		if (result == null || on == null) {
			throw new RuleViolation("inforequest.state", r.status().label());
		}
		WordDocument doc = new WordDocument().title("政府信息公开申请答复告知书").number(r.trackingNumber().value());
		doc.line(r.applicantName() + "：");
		doc.paragraph("本机关于" + DATE.format(r.receivedOn()) + "收到您（单位）提出的政府信息公开申请，申请获取：“"
				+ r.description() + "”。" + (r.correctedOn() == null ? "" : "本机关于" + DATE.format(r.correctedOn())
						+ "收到补正后的申请。") + "经审查，现答复如下：");
		doc.paragraph(opening(result) + "（" + result.label() + "）");
		doc.paragraph(r.replyText() == null ? "" : r.replyText());
		if (r.publishedRef() != null) {
			doc.paragraph("该信息已主动公开，您可以通过以下途径获取：" + r.publishedRef() + "。");
		}
		doc.paragraph("依据：" + result.legalBasis() + "。");
		doc.paragraph(remedies(result));
		doc.signature(organ, on);
		return doc.toBytes();
	}

	static String opening(ReplyResult result) {
		return switch (result.group()) {
			case OPEN -> "您申请获取的政府信息，本机关予以公开。";
			case PARTIAL -> "您申请获取的政府信息中，部分内容可以公开，本机关对可以公开的部分予以提供；对不予公开的部分，说明理由如下。";
			case DENY -> "您申请获取的政府信息，依法不予公开，理由如下。";
			case UNABLE -> "本机关无法提供您申请获取的政府信息，理由如下。";
			case NOT_PROCESSED -> "您的申请本机关不予处理，理由如下。";
			case OTHER -> "您的申请本机关不再处理，理由如下。";
		};
	}

	static String remedies(ReplyResult result) {
		if (result.refusesDisclosure()) {
			return "如对本答复中不予公开的决定不服，根据《中华人民共和国行政复议法》第二十三条的规定，应当先依法申请行政复议，"
					+ "可以自收到本告知书之日起六十日内向本机关的上一级人民政府申请行政复议；对行政复议决定不服的，可以依法向人民法院提起行政诉讼。";
		}
		return "如对本答复不服，可以自收到本告知书之日起六十日内依法申请行政复议，或者自知道或者应当知道本答复之日起六个月内依法向人民法院提起行政诉讼。";
	}
}
