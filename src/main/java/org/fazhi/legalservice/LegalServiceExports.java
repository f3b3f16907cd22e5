package org.fazhi.legalservice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.audit.AuditRecord;
import org.fazhi.audit.AuditTrail;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.office.Spreadsheets;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legal-service lists as .xlsx, the same rows the console pages show. Names and telephone numbers are masked as
 * on the pages (a spreadsheet travels further than a screen), and every export is audited with its filter and size.
 */
@Service
@Transactional
public class LegalServiceExports {

	/** More rows than a town logs in years; a bigger export is a sign of a wrong filter, not a need. */
	static final int MAX_ROWS = 20_000;

	public static final List<String> CONSULTATION_HEADERS = List.of("咨询日期", "渠道", "咨询人", "联系电话", "村（社区）",
			"类别", "咨询问题", "答复摘要", "状态", "转介", "转介编号");

	public static final List<String> NAVIGATOR_HEADERS = List.of("村（社区）", "姓名", "联系电话", "推选日期", "培训次数",
			"活动次数", "培训和活动");

	public static final List<String> ADVISOR_HEADERS = List.of("律师事务所", "律师", "聘期起", "聘期止", "状态");

	private final ConsultationService consultations;

	private final RosterService rosters;

	private final AuditTrail audit;

	LegalServiceExports(ConsultationService consultations, RosterService rosters, AuditTrail audit) {
		this.consultations = consultations;
		this.rosters = rosters;
		this.audit = audit;
	}

	/** The 法律咨询登记表 with the page's filters: channel, topic, only those awaiting an answer. */
	public byte[] consultations(OrgId org, @Nullable Channel channel, @Nullable Topic topic, boolean open) {
		List<List<?>> rows = new ArrayList<>();
		for (Consultation c : consultations.find(org, channel, topic, open, 0, MAX_ROWS)) {
			rows.add(List.of(c.askedOn().toString(), c.channel().label(), c.maskedName(), c.maskedPhone(),
					nz(c.villageName()), c.topic().label(), c.question(), nz(c.answer()), c.statusLabel(),
					c.referral().label(), nz(c.referralRef())));
		}
		String filter = (channel == null ? "全部渠道" : channel.label()) + "，" + (topic == null ? "全部类别" : topic.label())
				+ (open ? "，仅待答复" : "");
		audit.record(AuditRecord.of("legalservice.exported", "consultation", "export", org,
				"导出法律咨询登记表 " + rows.size() + " 条（" + filter + "）"));
		return Spreadsheets.write("法律咨询登记表", CONSULTATION_HEADERS, rows);
	}

	/** The 法律明白人 roster per village, with the number and list of their trainings and activities. */
	public byte[] navigators(OrgId org) {
		List<List<?>> rows = new ArrayList<>();
		for (Navigator n : rosters.navigators(org)) {
			List<String> records = n.records().stream()
				.map(r -> r.heldOn() + " " + r.kind().label() + "：" + r.title())
				.toList();
			rows.add(List.of(n.villageName(), n.name(), n.maskedPhone(), n.selectedOn().toString(), n.trainings(),
					n.activities(), String.join("；", records)));
		}
		audit.record(AuditRecord.of("legalservice.exported", "navigator", "export", org,
				"导出法律明白人名册 " + rows.size() + " 人"));
		return Spreadsheets.write("法律明白人名册", NAVIGATOR_HEADERS, rows);
	}

	/** The 法律顾问 roster: firm, lawyers, contract term and whether a renewal is due. */
	public byte[] advisors(OrgId org) {
		LocalDate today = rosters.today();
		List<Advisor> renewals = rosters.renewalsDue(org, today);
		List<List<?>> rows = new ArrayList<>();
		for (Advisor a : rosters.advisors(org)) {
			String state = !a.inForceOn(today) ? (a.termTo().isBefore(today) ? "已到期" : "未开始")
					: renewals.stream().anyMatch(r -> r.id() == a.id()) ? "在聘，即将到期须续聘" : "在聘";
			rows.add(List.of(a.firm(), a.lawyers(), a.termFrom().toString(), a.termTo().toString(), state));
		}
		audit.record(AuditRecord.of("legalservice.exported", "advisor", "export", org,
				"导出法律顾问名册 " + rows.size() + " 条"));
		return Spreadsheets.write("法律顾问名册", ADVISOR_HEADERS, rows);
	}

	private static String nz(@Nullable String s) {
		return s == null ? "" : s;
	}
}
