package org.fazhi.petition;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.fazhi.audit.AuditRecord;
import org.fazhi.audit.AuditTrail;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.Village;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.TrackingNumber;
import org.fazhi.shared.office.Spreadsheets;
import org.fazhi.shared.office.Spreadsheets.SheetRow;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 信访台账 as .xlsx, in the columns a county 信访局 expects. The petitioner is always masked (the ledger leaves the
 * office) and a 检举控告 author is not shown at all. Import replays each row through the same rules as the desk, one
 * transaction per row, so a bad row is reported with its Excel line and the others are kept.
 */
@Component
public class PetitionLedger {

	public static final List<String> HEADERS = List.of("受理编号", "收到日期", "信访渠道", "信访人", "人数", "村（社区）",
			"信访类型", "处理途径", "标题", "诉求摘要", "承办单位", "受理情况", "转送机关", "不予受理理由", "受理告知日期", "延期日数",
			"延期批准日期", "意见书出具日期", "意见书送达日期", "处理结果", "复查请求日期", "复查意见日期", "复核请求日期", "复核意见日期",
			"办结归档日期", "满意度", "督办", "状态");

	static final String PROTECTED = "（依规保密）";

	private static final String IMPORTED = "（台账导入）";

	private final PetitionService service;

	private final OrganizationService organization;

	private final TransactionTemplate perRow;

	private final AuditTrail audit;

	PetitionLedger(PetitionService service, OrganizationService organization, PlatformTransactionManager tx,
			AuditTrail audit) {
		this.service = service;
		this.organization = organization;
		this.audit = audit;
		this.perRow = new TransactionTemplate(tx);
		this.perRow.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public record RowError(int row, String messageKey, Object[] arguments) {
	}

	public record ImportResult(int imported, List<RowError> errors) {
	}

	public byte[] export(OrgId org, PetitionService.Filter filter) {
		List<List<?>> rows = new ArrayList<>();
		for (Petition p : service.search(org, filter, 0, 100_000).getContent()) {
			rows.add(row(p));
		}
		audit.recordIndependently(AuditRecord.of("petition.ledger.exported", PetitionService.MODULE, null, org,
				"导出信访台账 " + rows.size() + " 件（信访人已脱敏）"));
		return Spreadsheets.write("信访台账", HEADERS, rows);
	}

	static String decision(Petition p) {
		if (p.decidedOn() == null) {
			return "";
		}
		if (p.transferredTo() != null) {
			return "转送交办";
		}
		if (p.disputeKind() != null) {
			return "转人民调解（" + p.disputeKind().label() + "）";
		}
		if (p.decisionNote() != null) {
			return "不予受理";
		}
		return "受理";
	}

	private static List<String> row(Petition p) {
		String person = p.isIdentityProtected() ? PROTECTED : p.firstPetitioner().masked().split(" ")[0];
		return Arrays.asList(p.trackingNumber().value(), d(p.receivedOn()), p.channel().label(), person,
				Integer.toString(p.petitioners().size()), s(p.villageName()), p.type() == null ? "" : p.type().label(),
				p.route() == null ? "" : p.route().label(), p.subject(), p.demand(), s(p.handlingUnit()), decision(p),
				s(p.transferredTo()), s(p.decisionNote()), d(p.decidedOn()),
				p.extensionDays() == 0 ? "" : Integer.toString(p.extensionDays()), d(p.extendedOn()),
				d(p.opinionIssuedOn()), d(p.opinionDeliveredOn()), p.outcome() == null ? "" : p.outcome().label(),
				d(p.reviewRequestedOn()), d(p.reviewedOn()), d(p.recheckRequestedOn()), d(p.recheckedOn()),
				d(p.closedOn()), p.satisfaction() == null ? "" : p.satisfaction().label(), p.isSupervised() ? "是" : "",
				p.status().label());
	}

	private static String d(@Nullable LocalDate date) {
		return date == null ? "" : date.toString();
	}

	private static String s(@Nullable String text) {
		return text == null ? "" : text;
	}

	public ImportResult importLedger(OrgId org, InputStream in, String actor) {
		List<SheetRow> rows = Spreadsheets.read(in, HEADERS);
		List<RowError> errors = new ArrayList<>();
		int imported = 0;
		for (SheetRow row : rows) {
			try {
				perRow.executeWithoutResult(status -> replay(org, row, actor));
				imported++;
			}
			catch (RuleViolation e) {
				errors.add(new RowError(row.number(), e.messageKey(), e.arguments()));
			}
		}
		audit.recordIndependently(AuditRecord.of("petition.ledger.imported", PetitionService.MODULE, null, org,
				"导入信访台账：导入 " + imported + " 件，未导入 " + errors.size() + " 行"));
		return new ImportResult(imported, errors);
	}

	private void replay(OrgId org, SheetRow row, String actor) {
		String numberText = row.get("受理编号").toUpperCase();
		if (!TrackingNumber.isWellFormed(numberText)) {
			throw new RuleViolation("trackingnumber.format");
		}
		TrackingNumber number = new TrackingNumber(numberText);
		LocalDate received = required(row, "收到日期");
		Channel channel = Channel.ofLabel(row.get("信访渠道"));
		int persons = row.get("人数").isEmpty() ? 1 : parseInt(row.get("人数"));
		List<Petitioner> people = new ArrayList<>();
		String first = row.get("信访人").isEmpty() ? "（未填写）" : row.get("信访人");
		people.add(new Petitioner(first, null, null, null));
		for (int i = 1; i < persons; i++) {
			people.add(new Petitioner("（共同信访人）", null, null, null));
		}
		Long villageId = null;
		if (!row.get("村（社区）").isEmpty()) {
			villageId = organization.villages(org).stream().filter(v -> v.name().equals(row.get("村（社区）")))
				.map(Village::id).findFirst()
				.orElseThrow(() -> new RuleViolation("petition.village.unknown", row.get("村（社区）")));
		}
		String subject = row.get("标题");
		String demand = row.get("诉求摘要");
		Receipt r = service.registerImported(org, number, new Intake(channel, received, subject,
				subject + "（" + IMPORTED + "，详见原始卷宗）", demand, villageId, people, null), actor);
		long id = r.id();
		if (row.get("督办").equals("是")) {
			service.supervise(org, id, true, null, actor);
		}
		if (row.get("信访类型").isEmpty()) {
			return;
		}
		PetitionType type = PetitionType.ofLabel(row.get("信访类型"));
		Route route = row.get("处理途径").isEmpty() ? null : Arrays.stream(Route.values())
			.filter(x -> x.label().equals(row.get("处理途径"))).findFirst()
			.orElseThrow(() -> new RuleViolation("petition.route.required"));
		service.classify(org, id, type, route, actor);
		String decision = row.get("受理情况");
		LocalDate decided = date(row, "受理告知日期");
		if (!decision.isEmpty() && decided == null) {
			throw new RuleViolation("office.sheet.date", "");
		}
		if (decision.equals("受理")) {
			service.accept(org, id, decided, row.get("承办单位"), actor);
		}
		else if (decision.equals("不予受理")) {
			service.notAccept(org, id, decided, route != null && route.isStatutoryChannel() ? null : row.get("不予受理理由"),
					actor);
		}
		else if (decision.equals("转送交办")) {
			service.transfer(org, id, decided, row.get("转送机关"), actor);
		}
		else if (decision.startsWith("转人民调解")) {
			DisputeKind kind = Arrays.stream(DisputeKind.values()).filter(k -> decision.contains(k.label())).findFirst()
				.orElse(DisputeKind.CIVIL);
			service.referToMediation(org, id, decided, kind, actor);
		}
		else if (!decision.isEmpty()) {
			throw new RuleViolation("petition.status.wrong", decision);
		}
		if (!row.get("延期日数").isEmpty()) {
			service.importExtension(org, id, parseInt(row.get("延期日数")), IMPORTED, "详见原始卷宗", required(row, "延期批准日期"), actor);
		}
		if (!row.get("处理结果").isEmpty()) {
			Outcome outcome = Arrays.stream(Outcome.values()).filter(o -> o.label().equals(row.get("处理结果"))).findFirst()
				.orElseThrow(() -> new RuleViolation("petition.opinion.required"));
			service.answer(org, id, outcome, "详见原始卷宗" + IMPORTED, "详见原始卷宗", "", required(row, "意见书出具日期"),
					required(row, "意见书送达日期"), actor);
		}
		LocalDate reviewRequested = date(row, "复查请求日期");
		if (reviewRequested != null) {
			service.recordReviewRequest(org, id, reviewRequested, actor);
		}
		LocalDate reviewed = date(row, "复查意见日期");
		if (reviewed != null) {
			service.recordReview(org, id, reviewed, "详见复查意见书" + IMPORTED, actor);
			// the ledger has no delivery column: take its 复查意见日期 as the day the petitioner received it
			service.recordReviewDelivery(org, id, reviewed, actor);
		}
		LocalDate recheckRequested = date(row, "复核请求日期");
		if (recheckRequested != null) {
			service.recordRecheckRequest(org, id, recheckRequested, actor);
		}
		LocalDate rechecked = date(row, "复核意见日期");
		if (rechecked != null) {
			service.recordRecheck(org, id, rechecked, "详见复核意见书" + IMPORTED, actor);
		}
		if (!row.get("满意度").isEmpty()) {
			Satisfaction s = Arrays.stream(Satisfaction.values()).filter(x -> x.label().equals(row.get("满意度")))
				.findFirst().orElseThrow(() -> new RuleViolation("petition.satisfaction.no-reply"));
			LocalDate on = reviewed != null ? reviewed : decided;
			service.rate(number, r.queryCode().value(), s, on == null ? received : on);
		}
		LocalDate closed = date(row, "办结归档日期");
		if (closed != null) {
			service.close(org, id, closed, actor);
		}
	}

	private static int parseInt(String text) {
		try {
			return Integer.parseInt(text.trim().replace(".0", ""));
		}
		catch (NumberFormatException e) {
			throw new RuleViolation("petition.import.number", text);
		}
	}

	private static @Nullable LocalDate date(SheetRow row, String header) {
		return Spreadsheets.date(row.get(header));
	}

	private static LocalDate required(SheetRow row, String header) {
		LocalDate d = date(row, header);
		if (d == null) {
			throw new RuleViolation("petition.import.required", header);
		}
		return d;
	}

	static Set<String> headers() {
		return Set.copyOf(HEADERS);
	}
}
