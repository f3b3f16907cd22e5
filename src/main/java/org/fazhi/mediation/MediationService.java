package org.fazhi.mediation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.audit.AuditRecord;
import org.fazhi.audit.AuditTrail;
import org.fazhi.calendar.ClockId;
import org.fazhi.calendar.ClockView;
import org.fazhi.calendar.DeadlineClocks;
import org.fazhi.calendar.StartClock;
import org.fazhi.mediation.persistence.DisputeRepository;
import org.fazhi.mediation.persistence.ScreeningRepository;
import org.fazhi.notification.NotificationService;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.Village;
import org.fazhi.shared.ChineseIdNumber;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Serials;
import org.fazhi.shared.office.WordDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use cases of 人民调解; every change is audited in the same transaction. */
@Service
@Transactional
public class MediationService {

	/** The case numbers this module gives: {@code TJ-2023-000012}. */
	static final Pattern OWN_NUMBER = Pattern.compile("TJ-(\\d{4})-(\\d{6})");

	static final String JUDICIAL_CONFIRMATION = "mediation.judicial-confirmation";

	/** 一般在一个月内调结: guidance, not a statutory limit; it runs from the start of mediation to the outcome. */
	static final String CONCLUSION = "mediation.conclusion";

	private final DisputeRepository disputes;

	private final ScreeningRepository screenings;

	private final Serials serials;

	private final AuditTrail audit;

	private final NotificationService notifications;

	private final DeadlineClocks clocks;

	private final OrganizationService organization;

	private final Clock clock;

	MediationService(DisputeRepository disputes, ScreeningRepository screenings, Serials serials, AuditTrail audit,
			NotificationService notifications, DeadlineClocks clocks, OrganizationService organization, Clock clock) {
		this.disputes = disputes;
		this.screenings = screenings;
		this.serials = serials;
		this.audit = audit;
		this.notifications = notifications;
		this.clocks = clocks;
		this.organization = organization;
		this.clock = clock;
	}

	/**
	 * What the list shows. {@code handled} keeps the concluded ones (调解成功, 调解不成, 终止): the 已调处 of the
	 * statistics, so that every figure there is a list here.
	 */
	public record DisputeFilter(@Nullable DisputeType type, @Nullable DisputeSource source,
			@Nullable DisputeStatus status, @Nullable String village, boolean risk, @Nullable LocalDate from,
			@Nullable LocalDate to, boolean handled) {

		public DisputeFilter(@Nullable DisputeType type, @Nullable DisputeSource source, @Nullable DisputeStatus status,
				@Nullable String village, boolean risk, @Nullable LocalDate from, @Nullable LocalDate to) {
			this(type, source, status, village, risk, from, to, false);
		}

		public static DisputeFilter all() {
			return new DisputeFilter(null, null, null, null, false, null, null);
		}
	}

	public Dispute register(RegisterDispute command, String actor) {
		return register(command, null, actor);
	}

	/**
	 * A row of an imported 台账 keeps its case number. A number in our own form ({@code TJ-年份-流水号}) moves the
	 * town's serial past it, first (its row lock waits for a registration committing that very number), so a later
	 * registration is never given it; any other form (a paper ledger's 调〔2023〕12号) is kept as written.
	 */
	Dispute registerImported(RegisterDispute command, String caseNumber, String actor) {
		Matcher own = OWN_NUMBER.matcher(caseNumber);
		if (own.matches()) {
			serials.taken(scope(command.org(), Integer.parseInt(own.group(1))), Long.parseLong(own.group(2)));
		}
		if (disputes.existsByOrgIdAndCaseNumber(command.org().value(), caseNumber)) {
			throw new RuleViolation("mediation.import.exists", caseNumber);
		}
		return register(command, caseNumber, actor);
	}

	private static String scope(OrgId org, int year) {
		return "TJ-" + org.value() + "-" + year;
	}

	private Dispute register(RegisterDispute command, @Nullable String given, String actor) {
		for (RegisterDispute.Party p : command.parties()) {
			if (p.name().isBlank()) {
				throw new RuleViolation("mediation.party.name");
			}
			if (p.kind() == PartyKind.PERSON && p.idNumber() != null && !p.idNumber().isBlank()) {
				ChineseIdNumber.of(p.idNumber()); // refuses a malformed number with its zh-CN reason
			}
		}
		if (command.summary().isBlank()) {
			throw new RuleViolation("mediation.summary.required");
		}
		int year = command.receivedOn().getYear();
		// Case numbers count per town and year, like the paper ledger: 调〔2023〕12号 → TJ-2023-000012.
		String number = given != null ? given
				: String.format("TJ-%d-%06d", year, serials.next(scope(command.org(), year)));
		Dispute d = disputes.save(Dispute.received(command, number, clock.instant(), actor));
		// mediation starts on receipt (the dispute is 调解中 from then on), and so does the 调结 clock
		clocks.start(new StartClock(d.org(), "mediation", String.valueOf(d.id()), CONCLUSION, d.receivedOn(),
				"矛盾纠纷 " + number + " 调结", "/console/mediation/" + d.id(), null, "mediation:handle"));
		audit.record(AuditRecord.of("mediation.registered", "dispute", d.id(), d.org(),
				"登记纠纷 " + number + "（" + d.type().label() + "，来源：" + d.source().label() + "）"));
		if (d.risk()) {
			alertLeaders(d);
		}
		return d;
	}

	/** A petition handed over (信访工作条例 Art. 37) becomes a dispute once, however often the event arrives. */
	public Dispute registerFromPetition(OrgId org, String trackingNumber, String partyName, @Nullable String phone,
			@Nullable String villageName, String matter, LocalDate referredOn) {
		var existing = disputes.findByOrgIdAndSourceAndSourceRef(org.value(), DisputeSource.PETITION, trackingNumber);
		if (existing.isPresent()) {
			return existing.get();
		}
		Village village = villageName == null ? null
				: organization.villages(org).stream().filter(v -> v.name().equals(villageName)).findFirst().orElse(null);
		return register(new RegisterDispute(org, village == null ? null : village.id(),
				villageName == null || villageName.isBlank() ? "未注明" : villageName, DisputeType.OTHER,
				DisputeSource.PETITION, trackingNumber, matter, referredOn, false, null, committee(org), "待指定",
				// an anonymous hand-over still becomes a case; the mediator completes the party later
				List.of(new RegisterDispute.Party(PartyKind.PERSON, partyName.isBlank() ? "信访人" : partyName, null,
						phone == null || phone.isBlank() ? null : phone, null))), "信访转入");
	}

	/** A consultation referred to mediation (咨询转入); the consultation's number is kept as the source. */
	public Dispute registerFromConsultation(OrgId org, String consultationRef, String partyName,
			@Nullable String phone, @Nullable String villageName, String matter, LocalDate referredOn, String actor) {
		var existing = disputes.findByOrgIdAndSourceAndSourceRef(org.value(), DisputeSource.CONSULTATION,
				consultationRef);
		if (existing.isPresent()) {
			return existing.get();
		}
		Village village = villageName == null ? null
				: organization.villages(org).stream().filter(v -> v.name().equals(villageName)).findFirst().orElse(null);
		return register(new RegisterDispute(org, village == null ? null : village.id(),
				villageName == null || villageName.isBlank() ? "未注明" : villageName, DisputeType.OTHER,
				DisputeSource.CONSULTATION, consultationRef, matter, referredOn, false, null, committee(org), "待指定",
				List.of(new RegisterDispute.Party(PartyKind.PERSON, partyName, null, phone, null))), actor);
	}

	/** The town's committee (人民调解法 Art. 34), named after the town. */
	public String committee(OrgId org) {
		return organization.org(org).name() + "人民调解委员会";
	}

	@Transactional(readOnly = true)
	public Dispute dispute(Set<OrgId> readable, long id) {
		return disputes.findByIdAndOrgIdIn(id, readable.stream().map(OrgId::value).toList())
			.orElseThrow(() -> new NotFound("dispute " + id));
	}

	@Transactional(readOnly = true)
	public Page<Dispute> find(OrgId org, DisputeFilter f, int page, int size) {
		return disputes.find(org.value(), f.type(), f.source(), f.status(),
				f.village() == null || f.village().isBlank() ? null : f.village(), f.risk(), f.from(), f.to(),
				f.handled(), PageRequest.of(Math.max(0, page), size));
	}

	/** A dispute that may escalate (民转刑, 群体性) is put before the town's leaders at once. */
	public void flagRisk(OrgId org, long id, String note) {
		if (note.isBlank()) {
			throw new RuleViolation("mediation.risk.note");
		}
		Dispute d = mine(org, id);
		d.flagRisk(note);
		audit.record(AuditRecord.of("mediation.risk", "dispute", id, org, "标记为可能激化：" + note));
		alertLeaders(d);
	}

	public void recordSession(OrgId org, long id, LocalDate heldOn, String present, String record, String actor) {
		if (present.isBlank() || record.isBlank()) {
			throw new RuleViolation("mediation.session.required");
		}
		Dispute d = mine(org, id);
		d.recordSession(heldOn, present, record, actor, clock.instant());
		audit.record(AuditRecord.of("mediation.session", "dispute", id, org,
				"记录调解 " + heldOn + "，参加人员：" + present));
	}

	/**
	 * 调解成功. The agreement takes effect on the given day (Arts. 29-30); from then the parties have 30 日 to apply
	 * jointly for 司法确认 (Art. 33), so a reminder clock starts for the mediators.
	 */
	public Dispute succeed(OrgId org, long id, AgreementForm form, String facts, String terms, LocalDate effectiveOn) {
		if (terms.isBlank() || (form == AgreementForm.WRITTEN && facts.isBlank())) {
			throw new RuleViolation("mediation.agreement.required");
		}
		Dispute d = mine(org, id);
		d.succeed(form, facts, terms, effectiveOn);
		concluded(d);
		ClockView c = clocks.start(new StartClock(org, "mediation", String.valueOf(id), JUDICIAL_CONFIRMATION,
				effectiveOn, "调解协议 " + d.caseNumber() + " 申请司法确认", "/console/mediation/" + id, null,
				"mediation:handle"));
		d.confirmationClock(c.id().value());
		audit.record(AuditRecord.of("mediation.succeeded", "dispute", id, org,
				"调解中 → 调解成功（" + form.label() + "，" + effectiveOn + " 生效）"));
		return d;
	}

	/** The parties applied for 司法确认, or said they will not: the reminder stops either way. */
	public void closeConfirmation(OrgId org, long id, LocalDate on, String note) {
		Dispute d = mine(org, id);
		if (d.confirmationClockId() == null) {
			throw new RuleViolation("mediation.performance.no-agreement");
		}
		clocks.complete(new ClockId(d.confirmationClockId()), on);
		d.confirmationNote(note);
		audit.record(AuditRecord.of("mediation.confirmation", "dispute", id, org, "司法确认：" + note));
	}

	public void fail(OrgId org, long id, String otherWays, LocalDate on) {
		Dispute d = mine(org, id);
		d.fail(otherWays, on);
		concluded(d);
		audit.record(AuditRecord.of("mediation.failed", "dispute", id, org,
				"调解中 → 调解不成；已告知：" + otherWays));
	}

	public void terminate(OrgId org, long id, String reason, LocalDate on) {
		Dispute d = mine(org, id);
		d.terminate(reason, on);
		concluded(d);
		audit.record(AuditRecord.of("mediation.terminated", "dispute", id, org, "调解中 → 终止调解：" + reason));
	}

	public void recordPerformance(OrgId org, long id, Performance outcome, String note) {
		Dispute d = mine(org, id);
		Performance before = d.performance();
		d.recordPerformance(outcome, note);
		audit.record(AuditRecord.of("mediation.performance", "dispute", id, org,
				"协议履行：" + (before == null ? "—" : before.label()) + " → " + outcome.label()));
	}

	/** Stops the 调结 clock on the day of the outcome: 按期办结 or 逾期办结 from then on. */
	void concluded(Dispute d) {
		if (d.concludedOn() != null) {
			clocks.find("mediation", String.valueOf(d.id()), CONCLUSION)
				.ifPresent(c -> clocks.complete(c.id(), d.concludedOn()));
		}
	}

	/** The 调结 clock of a dispute (none for a dispute registered before the clock existed). */
	@Transactional(readOnly = true)
	public @Nullable ClockView conclusionClock(Dispute d) {
		return clocks.find("mediation", String.valueOf(d.id()), CONCLUSION).orElse(null);
	}

	/** The 调结 clocks of the disputes on a list page, by dispute id. */
	@Transactional(readOnly = true)
	public java.util.Map<Long, ClockView> conclusionClocks(List<Dispute> page) {
		java.util.Map<Long, ClockView> byId = new java.util.HashMap<>();
		for (Dispute d : page) {
			if (!d.status().concluded()) {
				clocks.find("mediation", String.valueOf(d.id()), CONCLUSION).ifPresent(c -> byId.put(d.id(), c));
			}
		}
		return byId;
	}

	@Transactional(readOnly = true)
	public @Nullable ClockView confirmationClock(Dispute d) {
		return d.confirmationClockId() == null ? null : clocks.view(new ClockId(d.confirmationClockId()));
	}

	/** Shows a party unmasked; the view is audited (architecture: personal data). */
	public DisputeParty unmask(Set<OrgId> readable, long id, long partyId) {
		Dispute d = dispute(readable, id);
		DisputeParty p = d.parties().stream().filter(x -> x.id() == partyId).findFirst()
			.orElseThrow(() -> new NotFound("party " + partyId));
		audit.recordPersonalDataView("dispute", id, d.org(), "查看当事人完整信息：" + p.maskedName());
		return p;
	}

	/**
	 * The 人民调解协议书 (人民调解法 Art. 29): parties, the main facts and disputed matters, the agreed content with
	 * manner and period of performance, the signature block and the effect clause. It carries the parties' full
	 * identities, so producing it is an audited view of personal data.
	 */
	public byte[] agreementDocument(Set<OrgId> readable, long id) {
		Dispute d = dispute(readable, id);
		if (d.status() != DisputeStatus.SUCCEEDED || d.agreementForm() != AgreementForm.WRITTEN) {
			throw new RuleViolation("mediation.agreement.not-written");
		}
		audit.recordPersonalDataView("dispute", id, d.org(), "生成人民调解协议书 " + d.caseNumber());
		WordDocument doc = new WordDocument().title("人民调解协议书").number(d.caseNumber());
		doc.heading("一、当事人基本情况");
		int i = 1;
		for (DisputeParty p : d.parties()) {
			StringBuilder line = new StringBuilder("当事人" + i++ + "：" + p.name() + "（" + p.kind().label() + "）");
			if (p.idNumber() != null && !p.idNumber().isBlank()) {
				line.append("，身份证号码：").append(p.idNumber());
			}
			if (p.phone() != null && !p.phone().isBlank()) {
				line.append("，联系电话：").append(p.phone());
			}
			if (p.address() != null && !p.address().isBlank()) {
				line.append("，住址：").append(p.address());
			}
			doc.line(line.toString());
		}
		doc.heading("二、纠纷主要事实、争议事项及各方责任");
		doc.paragraph(d.agreementFacts() == null ? d.summary() : d.agreementFacts());
		doc.heading("三、经调解，当事人自愿达成如下协议");
		doc.paragraph(d.agreementTerms() == null ? "" : d.agreementTerms());
		doc.heading("四、协议效力");
		doc.paragraph("本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。"
				+ "经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。"
				+ "双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认。"
				+ "本协议一式" + (d.parties().size() + 1) + "份，当事人各执一份，人民调解委员会留存一份。");
		StringBuilder signatures = new StringBuilder();
		for (DisputeParty p : d.parties()) {
			signatures.append("当事人（签名、盖章或者按指印）：").append(p.name()).append("\n");
		}
		signatures.append("人民调解员（签名）：").append(d.mediators());
		doc.line(signatures.toString());
		doc.signature(d.committee() + "（印章）", d.agreementEffectiveOn() == null ? d.receivedOn()
				: d.agreementEffectiveOn());
		return doc.toBytes();
	}

	// --- 排查 ---

	public record ScreeningStatus(Village village, @Nullable Screening report) {

		public boolean missing() {
			return report == null;
		}
	}

	/** A village's report for a month: the number of disputes found, 0 meaning a 零报告. One report per period. */
	public Screening report(OrgId org, long villageId, YearMonth period, int found, @Nullable String note,
			LocalDate reportedOn, String actor) {
		if (found < 0) {
			throw new RuleViolation("mediation.screening.found");
		}
		Village v = organization.village(Set.of(org), villageId);
		if (screenings.existsByOrgIdAndVillageIdAndPeriod(org.value(), villageId, period.toString())) {
			throw new RuleViolation("mediation.screening.duplicate", v.name(), label(period));
		}
		Screening s = screenings.save(new Screening(org.value(), villageId, v.name(), period.toString(), found, note,
				reportedOn, actor));
		audit.record(AuditRecord.of("mediation.screening", "screening", s.villageId(), org,
				v.name() + " " + label(period) + " 排查：" + (found == 0 ? "零报告" : "发现纠纷 " + found + " 件")));
		return s;
	}

	/** Every village of the town for the period, with its report or none: the missing ones stand out. */
	@Transactional(readOnly = true)
	public List<ScreeningStatus> screening(OrgId org, YearMonth period) {
		var reports = screenings.findByOrgIdAndPeriodOrderByVillageName(org.value(), period.toString());
		List<ScreeningStatus> rows = new ArrayList<>();
		for (Village v : organization.villages(org)) {
			rows.add(new ScreeningStatus(v,
					reports.stream().filter(r -> r.villageId() == v.id()).findFirst().orElse(null)));
		}
		return rows;
	}

	static String label(YearMonth period) {
		return period.getYear() + "年" + period.getMonthValue() + "月";
	}

	private Dispute mine(OrgId org, long id) {
		return disputes.findByIdAndOrgIdIn(id, List.of(org.value())).orElseThrow(() -> new NotFound("dispute " + id));
	}

	private void alertLeaders(Dispute d) {
		notifications.notifyHolders(d.org(), "leader:approve", "矛盾纠纷风险预警：" + d.caseNumber(),
				d.villageName() + "，" + d.type().label() + "纠纷，可能激化"
						+ (d.riskNote() == null ? "" : "：" + d.riskNote()),
				"/console/mediation/" + d.id());
	}
}
