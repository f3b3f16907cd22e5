package org.fazhi.mediation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.shared.OrgId;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

/**
 * One dispute from intake to its end: 调解成功 with a written or oral agreement (人民调解法 Arts. 28-30) and its
 * performance (Art. 31), 调解不成 with the parties told their other ways (Art. 26), or 终止. Transitions are
 * package-private: only {@link MediationService} changes state, and audits it.
 */
@Entity
@Table(name = "mediation_dispute")
public class Dispute {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "org_id")
	private long orgId;

	@Column(name = "case_number")
	@Size(max = 20)
	private String caseNumber;

	@Column(name = "village_id")
	private @Nullable Long villageId;

	@Column(name = "village_name")
	@Size(max = 100)
	private String villageName;

	@Enumerated(EnumType.STRING)
	@Column(name = "dispute_type")
	private DisputeType type;

	@Enumerated(EnumType.STRING)
	private DisputeSource source;

	@Column(name = "source_ref")
	@Size(max = 40)
	private @Nullable String sourceRef;

	@Size(max = 100000)
	private String summary;

	@Column(name = "received_on")
	private LocalDate receivedOn;

	private boolean risk;

	@Column(name = "risk_note")
	@Size(max = 500)
	private @Nullable String riskNote;

	@Size(max = 100)
	private String committee;

	@Size(max = 200)
	private String mediators;

	@Enumerated(EnumType.STRING)
	private DisputeStatus status;

	@Column(name = "concluded_on")
	private @Nullable LocalDate concludedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "agreement_form")
	private @Nullable AgreementForm agreementForm;

	@Column(name = "agreement_facts")
	@Size(max = 100000)
	private @Nullable String agreementFacts;

	@Column(name = "agreement_terms")
	@Size(max = 100000)
	private @Nullable String agreementTerms;

	@Column(name = "agreement_effective_on")
	private @Nullable LocalDate agreementEffectiveOn;

	@Enumerated(EnumType.STRING)
	private @Nullable Performance performance;

	@Column(name = "performance_note")
	@Size(max = 1000)
	private @Nullable String performanceNote;

	@Column(name = "other_ways")
	@Size(max = 1000)
	private @Nullable String otherWays;

	@Column(name = "termination_reason")
	@Size(max = 1000)
	private @Nullable String terminationReason;

	@Column(name = "confirmation_clock_id")
	private @Nullable Long confirmationClockId;

	@Column(name = "confirmation_note")
	@Size(max = 500)
	private @Nullable String confirmationNote;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "created_by")
	@Size(max = 64)
	private String createdBy;

	@Version
	private long version;

	// Both collections are small and every page shows them (open-in-view is off), so they load eagerly, in
	// batches rather than joins (two joined bags cannot be fetched at once).
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "dispute_id", nullable = false)
	@OrderBy("position")
	@Fetch(FetchMode.SELECT)
	@BatchSize(size = 100)
	private List<DisputeParty> parties = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "dispute_id", nullable = false)
	@OrderBy("heldOn, id")
	@Fetch(FetchMode.SELECT)
	@BatchSize(size = 100)
	private List<MediationSession> sessions = new ArrayList<>();

	protected Dispute() {
	}

	static Dispute received(RegisterDispute c, String caseNumber, Instant now, String actor) {
		if (c.parties().isEmpty()) {
			throw new RuleViolation("mediation.parties.required");
		}
		Dispute d = new Dispute();
		d.orgId = c.org().value();
		d.caseNumber = caseNumber;
		d.villageId = c.villageId();
		d.villageName = c.villageName();
		d.type = c.type();
		d.source = c.source();
		d.sourceRef = c.sourceRef();
		d.summary = c.summary();
		d.receivedOn = c.receivedOn();
		d.risk = c.risk();
		d.riskNote = c.riskNote();
		d.committee = c.committee();
		d.mediators = c.mediators();
		d.status = DisputeStatus.IN_MEDIATION;
		d.createdAt = now;
		d.createdBy = actor;
		int i = 0;
		for (RegisterDispute.Party p : c.parties()) {
			d.parties.add(new DisputeParty(i++, p.kind(), p.name(), p.idNumber(), p.phone(), p.address()));
		}
		return d;
	}

	void flagRisk(String note) {
		risk = true;
		riskNote = note;
	}

	void recordSession(LocalDate heldOn, String present, String record, String actor, Instant now) {
		requireOpen();
		if (heldOn.isBefore(receivedOn)) {
			throw new RuleViolation("mediation.session.before-receipt");
		}
		sessions.add(new MediationSession(heldOn, present, record, actor, now));
	}

	/** Art. 29: a written agreement takes effect when signed and sealed; Art. 30: an oral one on the agreed day. */
	void succeed(AgreementForm form, String facts, String terms, LocalDate effectiveOn) {
		requireOpen();
		requireNotBeforeReceipt(effectiveOn);
		status = DisputeStatus.SUCCEEDED;
		concludedOn = effectiveOn;
		agreementForm = form;
		agreementFacts = facts;
		agreementTerms = terms;
		agreementEffectiveOn = effectiveOn;
		performance = Performance.PENDING;
	}

	/** Art. 26: mediation that fails ends, and the parties are told the other ways open to them. */
	void fail(String otherWays, LocalDate on) {
		requireOpen();
		requireNotBeforeReceipt(on);
		if (otherWays.isBlank()) {
			throw new RuleViolation("mediation.fail.other-ways");
		}
		status = DisputeStatus.FAILED;
		concludedOn = on;
		this.otherWays = otherWays;
	}

	void terminate(String reason, LocalDate on) {
		requireOpen();
		requireNotBeforeReceipt(on);
		if (reason.isBlank()) {
			throw new RuleViolation("mediation.terminate.reason");
		}
		status = DisputeStatus.TERMINATED;
		concludedOn = on;
		terminationReason = reason;
	}

	void recordPerformance(Performance outcome, String note) {
		if (status != DisputeStatus.SUCCEEDED) {
			throw new RuleViolation("mediation.performance.no-agreement");
		}
		performance = outcome;
		performanceNote = note;
	}

	void confirmationClock(long clockId) {
		confirmationClockId = clockId;
	}

	void confirmationNote(String note) {
		confirmationNote = note;
	}

	/** Used by the ledger import: a closed case from paper files is entered with its end as it was. */
	void importOutcome(DisputeStatus outcome, @Nullable LocalDate on, String note) {
		if (outcome == DisputeStatus.IN_MEDIATION) {
			return;
		}
		LocalDate day = on == null ? receivedOn : on;
		switch (outcome) {
			case SUCCEEDED -> succeed(AgreementForm.ORAL, summary, note.isBlank() ? "（据纸质台账录入）" : note, day);
			case FAILED -> fail(note.isBlank() ? "已告知当事人可依法通过仲裁、行政、司法等途径维护权利" : note, day);
			case TERMINATED -> terminate(note.isBlank() ? "（据纸质台账录入）" : note, day);
			default -> throw new IllegalStateException();
		}
	}

	private void requireOpen() {
		if (status.concluded()) {
			throw new RuleViolation("mediation.concluded");
		}
	}

	private void requireNotBeforeReceipt(LocalDate on) {
		if (on.isBefore(receivedOn)) {
			throw new RuleViolation("mediation.date.before-receipt");
		}
	}

	public long id() {
		return id;
	}

	public OrgId org() {
		return OrgId.of(orgId);
	}

	public String caseNumber() {
		return caseNumber;
	}

	public @Nullable Long villageId() {
		return villageId;
	}

	public String villageName() {
		return villageName;
	}

	public DisputeType type() {
		return type;
	}

	public DisputeSource source() {
		return source;
	}

	public @Nullable String sourceRef() {
		return sourceRef;
	}

	public String summary() {
		return summary;
	}

	public LocalDate receivedOn() {
		return receivedOn;
	}

	public boolean risk() {
		return risk;
	}

	public @Nullable String riskNote() {
		return riskNote;
	}

	public String committee() {
		return committee;
	}

	public String mediators() {
		return mediators;
	}

	public DisputeStatus status() {
		return status;
	}

	public @Nullable LocalDate concludedOn() {
		return concludedOn;
	}

	public @Nullable AgreementForm agreementForm() {
		return agreementForm;
	}

	public @Nullable String agreementFacts() {
		return agreementFacts;
	}

	public @Nullable String agreementTerms() {
		return agreementTerms;
	}

	public @Nullable LocalDate agreementEffectiveOn() {
		return agreementEffectiveOn;
	}

	public @Nullable Performance performance() {
		return performance;
	}

	public @Nullable String performanceNote() {
		return performanceNote;
	}

	public @Nullable String otherWays() {
		return otherWays;
	}

	public @Nullable String terminationReason() {
		return terminationReason;
	}

	public @Nullable Long confirmationClockId() {
		return confirmationClockId;
	}

	public @Nullable String confirmationNote() {
		return confirmationNote;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public String createdBy() {
		return createdBy;
	}

	public List<DisputeParty> parties() {
		return List.copyOf(parties);
	}

	public List<MediationSession> sessions() {
		return List.copyOf(sessions);
	}

	/** Parties as the ledger and list show them: masked, joined. */
	public String partiesMasked() {
		return String.join("、", parties.stream().map(DisputeParty::maskedName).toList());
	}
}
