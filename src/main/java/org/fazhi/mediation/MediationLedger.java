package org.fazhi.mediation;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fazhi.audit.AuditRecord;
import org.fazhi.audit.AuditTrail;
import org.fazhi.mediation.MediationService.DisputeFilter;
import org.fazhi.mediation.persistence.DisputeRepository;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.Village;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.office.Spreadsheets;
import org.fazhi.shared.office.Spreadsheets.SheetRow;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 矛盾纠纷排查调处台账 as .xlsx. The ledger is an internal working record and carries the parties' names in full,
 * so an export is an audited view of personal data. An import is all or nothing: every row is checked first and
 * the errors are listed by their row number in Excel, so a corrected file can be imported again without
 * duplicates. Rows that carry a case number already on record are refused for the same reason. A row keeps its
 * case number (a new one is given only where the cell is empty), so the ledger's numbers stay the ones on paper.
 */
@Service
@Transactional
public class MediationLedger {

	public static final String ORGANIZATION_MARK = "[单位]";

	public static final List<String> HEADERS = List.of("案件编号", "受理日期", "村（社区）", "纠纷类型", "纠纷来源", "当事人",
			"简要情况", "可能激化", "调解委员会", "调解员", "调处结果", "调结日期", "协议形式", "履行情况");

	private static final int MAX_EXPORT = 20_000;

	/** The width of {@code mediation_dispute.case_number}. */
	private static final int MAX_CASE_NUMBER = 20;

	private final MediationService mediation;

	private final DisputeRepository disputes;

	private final OrganizationService organization;

	private final AuditTrail audit;

	private final MessageSource messages;

	MediationLedger(MediationService mediation, DisputeRepository disputes, OrganizationService organization,
			AuditTrail audit, MessageSource messages) {
		this.mediation = mediation;
		this.disputes = disputes;
		this.organization = organization;
		this.audit = audit;
		this.messages = messages;
	}

	public record RowError(int row, String message) {
	}

	public record ImportResult(int imported, List<RowError> errors) {

		public boolean ok() {
			return errors.isEmpty();
		}
	}

	public byte[] export(OrgId org, DisputeFilter filter) {
		Page<Dispute> page = mediation.find(org, filter, 0, MAX_EXPORT);
		List<List<?>> rows = new ArrayList<>();
		// A ledger reads in the order cases came in (the list shows the newest first).
		List<Dispute> chronological = new ArrayList<>(page.getContent());
		java.util.Collections.reverse(chronological);
		for (Dispute d : chronological) {
			rows.add(List.of(d.caseNumber(), d.receivedOn().toString(), d.villageName(), d.type().label(),
					d.source().label(), parties(d), d.summary(), d.risk() ? "是" : "否", d.committee(), d.mediators(),
					d.status().label(), d.concludedOn() == null ? "" : d.concludedOn().toString(),
					d.agreementForm() == null ? "" : d.agreementForm().label(),
					d.performance() == null ? "" : d.performance().label()));
		}
		audit.recordPersonalDataView("dispute", "ledger", org, "导出矛盾纠纷排查调处台账 " + rows.size() + " 条");
		return Spreadsheets.write("矛盾纠纷排查调处台账", HEADERS, rows);
	}

	private static String parties(Dispute d) {
		return String.join("、", d.parties().stream()
			.map(p -> (p.kind() == PartyKind.ORGANIZATION ? ORGANIZATION_MARK : "") + p.name())
			.toList());
	}

	public ImportResult importFile(OrgId org, InputStream in, String actor) {
		List<SheetRow> rows = Spreadsheets.read(in, HEADERS);
		if (rows.isEmpty()) {
			throw new RuleViolation("mediation.import.empty");
		}
		List<Village> villages = organization.villages(org);
		List<RowError> errors = new ArrayList<>();
		List<Parsed> parsed = new ArrayList<>();
		Set<String> numbers = new HashSet<>();
		for (SheetRow row : rows) {
			try {
				Parsed p = parse(org, row, villages);
				if (p.caseNumber() != null && !numbers.add(p.caseNumber())) {
					throw new RuleViolation("mediation.import.twice", p.caseNumber());
				}
				parsed.add(p);
			}
			catch (RuleViolation e) {
				errors.add(new RowError(row.number(), e.text(messages)));
			}
		}
		if (!errors.isEmpty()) {
			return new ImportResult(0, errors);
		}
		for (Parsed p : parsed) {
			Dispute d = p.caseNumber() == null ? mediation.register(p.command(), actor)
					: mediation.registerImported(p.command(), p.caseNumber(), actor);
			d.importOutcome(p.outcome(), p.concludedOn(), "");
			mediation.concluded(d);
			if (p.performance() != null && p.outcome() == DisputeStatus.SUCCEEDED) {
				d.recordPerformance(p.performance(), "据台账导入");
			}
		}
		audit.record(AuditRecord.of("mediation.imported", "dispute", null, org, "导入台账 " + parsed.size() + " 条"));
		return new ImportResult(parsed.size(), List.of());
	}

	/** {@code caseNumber} is the sheet's own (kept on import), or null where the row leaves it empty. */
	private record Parsed(@Nullable String caseNumber, RegisterDispute command, DisputeStatus outcome,
			@Nullable LocalDate concludedOn, @Nullable Performance performance) {
	}

	private Parsed parse(OrgId org, SheetRow row, List<Village> villages) {
		String number = row.get("案件编号").trim();
		if (number.length() > MAX_CASE_NUMBER) {
			throw new RuleViolation("mediation.import.number-length", number, MAX_CASE_NUMBER);
		}
		if (!number.isEmpty() && exists(org, number)) {
			throw new RuleViolation("mediation.import.exists", number);
		}
		LocalDate received = Spreadsheets.date(row.get("受理日期"));
		if (received == null) {
			throw new RuleViolation("mediation.import.received");
		}
		String villageName = row.get("村（社区）");
		if (villageName.isEmpty()) {
			throw new RuleViolation("mediation.import.village");
		}
		Long villageId = villages.stream().filter(v -> v.name().equals(villageName)).map(Village::id).findFirst()
			.orElse(null);
		DisputeType type = DisputeType.fromLabel(row.get("纠纷类型"));
		DisputeSource source = DisputeSource.fromLabel(row.get("纠纷来源"));
		List<RegisterDispute.Party> parties = new ArrayList<>();
		for (String p : row.get("当事人").split("[、，,;；]")) {
			String name = p.trim();
			if (name.isEmpty()) {
				continue;
			}
			boolean organisation = name.startsWith(ORGANIZATION_MARK);
			parties.add(new RegisterDispute.Party(organisation ? PartyKind.ORGANIZATION : PartyKind.PERSON,
					organisation ? name.substring(ORGANIZATION_MARK.length()).trim() : name, null, null, null));
		}
		if (parties.isEmpty()) {
			throw new RuleViolation("mediation.parties.required");
		}
		String summary = row.get("简要情况");
		if (summary.isEmpty()) {
			throw new RuleViolation("mediation.summary.required");
		}
		String risk = row.get("可能激化");
		String committee = row.get("调解委员会").isEmpty() ? mediation.committee(org) : row.get("调解委员会");
		DisputeStatus outcome = row.get("调处结果").isEmpty() ? DisputeStatus.IN_MEDIATION
				: DisputeStatus.fromLabel(row.get("调处结果"));
		LocalDate concluded = Spreadsheets.date(row.get("调结日期"));
		if (outcome.concluded() && concluded == null) {
			throw new RuleViolation("mediation.import.concluded");
		}
		if (concluded != null && concluded.isBefore(received)) {
			throw new RuleViolation("mediation.date.before-receipt");
		}
		Performance performance = null;
		String perf = row.get("履行情况");
		if (!perf.isEmpty()) {
			performance = java.util.Arrays.stream(Performance.values()).filter(x -> x.label().equals(perf)).findFirst()
				.orElseThrow(() -> new RuleViolation("mediation.import.performance", perf));
		}
		return new Parsed(number.isEmpty() ? null : number,
				new RegisterDispute(org, villageId, villageName, type, source, null, summary, received, "是".equals(risk),
						null, committee, row.get("调解员").isEmpty() ? "未注明" : row.get("调解员"), parties),
				outcome, concluded, performance);
	}

	private boolean exists(OrgId org, String caseNumber) {
		return disputes.existsByOrgIdAndCaseNumber(org.value(), caseNumber);
	}

}
