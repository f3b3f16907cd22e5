package org.fazhi.petition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.office.WordDocument;
import org.springframework.stereotype.Component;

/**
 * The written notices and the 信访处理意见书 as .docx. A letter to another unit never names the petitioner of a
 * 检举控告类 item (信访工作条例 Art. 30: the accuser's materials are not passed on).
 */
@Component
public class PetitionLetters {

	private final OrganizationService organization;

	PetitionLetters(OrganizationService organization) {
		this.organization = organization;
	}

	/** The letters the petition has so far, in the order they were produced. */
	public List<LetterKind> available(Petition p) {
		List<LetterKind> kinds = new ArrayList<>();
		if (p.decidedOn() == null) {
			return kinds;
		}
		if (p.status() == PetitionStatus.NOT_ACCEPTED || p.decisionNote() != null) {
			kinds.add(LetterKind.NOT_ACCEPTED);
		}
		else if (p.transferredTo() != null) {
			kinds.add(LetterKind.TRANSFER_NOTICE);
			kinds.add(LetterKind.TRANSFER_LETTER);
		}
		else if (p.disputeKind() != null) {
			kinds.add(LetterKind.MEDIATION);
		}
		else {
			kinds.add(LetterKind.ACCEPTANCE);
		}
		if (p.extensionDays() > 0) {
			kinds.add(LetterKind.EXTENSION);
		}
		if (p.opinionIssuedOn() != null) {
			kinds.add(LetterKind.OPINION);
		}
		// only a decision made in this deployment has its text here; an outside organ sends its own
		if (p.reviewOrgan() != null) {
			kinds.add(LetterKind.REVIEW_OPINION);
		}
		if (p.recheckOrgan() != null) {
			kinds.add(LetterKind.RECHECK_OPINION);
		}
		return kinds;
	}

	public byte[] write(Petition p, LetterKind kind) {
		if (!available(p).contains(kind)) {
			throw new RuleViolation("petition.status.wrong", p.status().label());
		}
		String organ = switch (kind) {
			case REVIEW_OPINION -> p.reviewOrgan();
			case RECHECK_OPINION -> p.recheckOrgan();
			default -> organization.org(p.org()).fullName();
		};
		String town = organization.org(p.org()).fullName();
		String salutation = (p.petitioners().size() > 1 ? p.firstPetitioner().name() + "等" : p.firstPetitioner().name())
				+ "：";
		WordDocument doc = new WordDocument().title(kind.title()).number(p.trackingNumber().value());
		String received = date(p.receivedOn()) + "，本机关收到您" + p.channel().label() + "反映的“" + p.subject() + "”";
		switch (kind) {
			case ACCEPTANCE -> doc.line(salutation)
				.paragraph(received + "信访事项。根据《信访工作条例》第二十三条的规定，经审查，本机关决定予以受理，由"
						+ p.handlingUnit() + "负责办理。"
						+ (p.handlingClockId() != null ? "根据《信访工作条例》第三十四条，本机关将自受理之日起六十日内办结，并出具信访处理意见书。" : ""))
				.paragraph("特此告知。");
			case NOT_ACCEPTED -> doc.line(salutation)
				.paragraph(received + "信访事项。根据《信访工作条例》第二十八条、第三十一条的规定，经审查，"
						+ p.decisionNote())
				.paragraph("特此告知。");
			case TRANSFER_NOTICE -> doc.line(salutation)
				.paragraph(received + "信访事项。根据《信访工作条例》第二十三条" + (p.isIdentityProtected() ? "、第三十条" : "")
						+ "的规定，该事项已转送" + p.transferredTo() + "依法处理，请您向该机关了解办理情况。")
				.paragraph("特此告知。");
			case TRANSFER_LETTER -> doc.line(p.transferredTo() + "：")
				.paragraph(date(p.receivedOn()) + "，本机关收到" + p.channel().label() + "反映的信访事项，属于贵单位职责范围，"
						+ "根据《信访工作条例》第二十三条" + (p.isIdentityProtected() ? "、第三十条" : "") + "的规定，现转送贵单位依法处理。")
				.heading("一、信访人")
				// Art. 30: a report's author is never disclosed to another unit
				.paragraph(p.isIdentityProtected() ? "（检举控告类事项，信访人身份信息依规保密，不随函转送。）"
						: p.petitioners().stream().map(x -> x.name() + (x.phone() == null ? "" : "，联系电话 " + x.phone()))
							.reduce((a, b) -> a + "；" + b).orElse(""))
				.heading("二、反映的主要问题")
				.paragraph(p.content())
				.heading("三、诉求")
				.paragraph(p.demand());
			case MEDIATION -> doc.line(salutation)
				.paragraph(received + "信访事项。经审查，该事项属于" + p.disputeKind().label()
						+ "，根据《信访工作条例》第三十七条和《中华人民共和国人民调解法》的规定，经您同意，已转人民调解委员会依法调解。"
						+ "人民调解不收取任何费用。")
				.paragraph("特此告知。");
			case EXTENSION -> doc.line(salutation)
				.paragraph(received + "信访事项，本机关已于" + date(p.decidedOn()) + "受理。因情况复杂，根据《信访工作条例》第三十四条的规定，"
						+ "经本机关负责人批准，办理期限延长" + p.extensionDays() + "日。")
				.paragraph("特此告知。");
			case OPINION -> doc.line(salutation)
				.paragraph(received + "信访事项，本机关已于" + date(p.decidedOn()) + "受理。现根据《信访工作条例》第三十二条的规定，出具处理意见如下：")
				.heading("一、信访请求")
				.paragraph(p.demand())
				.heading("二、查明的事实")
				.paragraph(p.opinionFacts())
				.heading("三、理由和依据")
				.paragraph(p.opinionReasons() + (p.opinionBasis() == null || p.opinionBasis().isBlank() ? ""
						: "依据：" + p.opinionBasis()))
				.heading("四、处理意见")
				.paragraph("本机关对您的信访请求" + p.outcome().label() + "。")
				.paragraph("如对本处理意见不服，可以自收到本意见书之日起三十日内，请求本机关的上一级机关复查（《信访工作条例》第三十五条）。");
			case REVIEW_OPINION -> doc.line(salutation)
				.paragraph("您不服" + town + "于" + date(p.opinionIssuedOn()) + "出具的信访处理意见，于" + date(p.reviewRequestedOn())
						+ "请求复查。根据《信访工作条例》第三十五条的规定，本机关经复查，出具复查意见如下：")
				.heading("一、复查请求")
				.paragraph(p.demand())
				.heading("二、复查理由")
				.paragraph(p.reviewReasons())
				.heading("三、复查意见")
				.paragraph(p.reviewResult())
				.paragraph("如对本复查意见不服，可以自收到本意见书之日起三十日内，向复查机关的上一级机关请求复核（《信访工作条例》第三十六条）。");
			case RECHECK_OPINION -> doc.line(salutation)
				.paragraph("您不服" + p.reviewOrgan() + "于" + date(p.reviewedOn()) + "出具的复查意见，于" + date(p.recheckRequestedOn())
						+ "请求复核。根据《信访工作条例》第三十六条的规定，本机关经复核，出具复核意见如下：")
				.heading("一、复核理由")
				.paragraph(p.recheckReasons())
				.heading("二、复核意见")
				.paragraph(p.recheckResult())
				.paragraph("本复核意见为最终意见。信访人对复核意见不服，仍以同一事实和理由提出信访请求的，不再受理（《信访工作条例》第三十六条第三款）。");
		}
		LocalDate signed = switch (kind) {
			case OPINION -> p.opinionIssuedOn();
			case EXTENSION -> p.extendedOn();
			case REVIEW_OPINION -> p.reviewedOn();
			case RECHECK_OPINION -> p.recheckedOn();
			default -> p.decidedOn();
		};
		return doc.signature(organ, signed).toBytes();
	}

	private static String date(LocalDate d) {
		return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
	}
}
