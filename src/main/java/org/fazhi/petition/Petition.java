package org.fazhi.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import org.fazhi.shared.OrgId;
import org.fazhi.shared.QueryCode;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.TrackingNumber;
import org.fazhi.shared.search.ChineseAnalysis;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.jspecify.annotations.Nullable;

/**
 * A 信访事项 as the town records it, from receipt to the last 复核. The state changes are the steps of 信访工作条例
 * Chs. 3–4; the service keeps the statutory clocks (calendar module) in step with them.
 */
@Entity
@Table(name = "petition_petition")
@Indexed(index = "petition")
public class Petition {

	/** 集体访: five or more persons raising the same demand (信访工作条例 Art. 20: at most 5 representatives). */
	public static final int COLLECTIVE_THRESHOLD = 5;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "org_id")
	@GenericField
	private long orgId;

	@Size(max = 20)
	private String trackingNumber;

	@Size(max = 8)
	private String queryCode;

	@Size(max = 110)
	private @Nullable String idempotencyKey;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private LocalDate receivedOn;

	private Instant receivedAt;

	@FullTextField(name = "subject", analyzer = ChineseAnalysis.CHINESE)
	@FullTextField(name = "subjectBigram", analyzer = ChineseAnalysis.CJK_BIGRAM)
	@Size(max = 200)
	private String subject;

	@FullTextField(name = "content", analyzer = ChineseAnalysis.CHINESE)
	@FullTextField(name = "contentBigram", analyzer = ChineseAnalysis.CJK_BIGRAM)
	@Size(max = 100000)
	private String content;

	@Size(max = 4000)
	private String demand;

	private @Nullable Long villageId;

	@Size(max = 100)
	private @Nullable String villageName;

	private boolean collective;

	@Enumerated(EnumType.STRING)
	private @Nullable PetitionType petitionType;

	@Enumerated(EnumType.STRING)
	private @Nullable Route route;

	@Enumerated(EnumType.STRING)
	private @Nullable DisputeKind disputeKind;

	@Enumerated(EnumType.STRING)
	private PetitionStatus status;

	@Size(max = 2000)
	private @Nullable String decisionNote;

	@Size(max = 200)
	private @Nullable String transferredTo;

	@Size(max = 200)
	private @Nullable String handlingUnit;

	private @Nullable LocalDate decidedOn;

	private @Nullable LocalDate acceptanceDueOn;

	private @Nullable LocalDate handlingDueOn;

	private int extensionDays;

	private @Nullable LocalDate extendedOn;

	/** A clerk's pending request for the Art. 34 extension, until a leader approves or refuses it. */
	private @Nullable Integer extensionRequestedDays;

	@Size(max = 2000)
	private @Nullable String extensionRequestReason;

	@Size(max = 100)
	private @Nullable String extensionRequestedBy;

	private @Nullable LocalDate extensionRequestedOn;

	@Enumerated(EnumType.STRING)
	private @Nullable Outcome outcome;

	@Size(max = 4000)
	private @Nullable String opinionFacts;

	@Size(max = 4000)
	private @Nullable String opinionReasons;

	@Size(max = 2000)
	private @Nullable String opinionBasis;

	private @Nullable LocalDate opinionIssuedOn;

	private @Nullable LocalDate opinionDeliveredOn;

	private @Nullable LocalDate reviewRequestedOn;

	private @Nullable LocalDate reviewedOn;

	/** The petitioner received the written 复查意见: the 复核 request window starts here (Art. 36 ¶1). */
	private @Nullable LocalDate reviewDeliveredOn;

	@Size(max = 2000)
	private @Nullable String reviewResult;

	private @Nullable LocalDate recheckRequestedOn;

	private @Nullable LocalDate recheckedOn;

	@Size(max = 2000)
	private @Nullable String recheckResult;

	/** The district organ that decided the 复查 in this deployment; null when the town recorded an outside decision. */
	@Size(max = 200)
	private @Nullable String reviewOrgan;

	@Size(max = 4000)
	private @Nullable String reviewReasons;

	@Size(max = 200)
	private @Nullable String recheckOrgan;

	@Size(max = 4000)
	private @Nullable String recheckReasons;

	/** 听证 during 复核: not counted in the 30 日 (Art. 36 ¶2). */
	private @Nullable LocalDate hearingFrom;

	private @Nullable LocalDate hearingUntil;

	/** Objection to a transferred-in item outside the town's remit (Art. 23 ¶3). */
	private @Nullable LocalDate objectedOn;

	@Size(max = 200)
	private @Nullable String objectionFrom;

	@Size(max = 2000)
	private @Nullable String objectionReason;

	private @Nullable LocalDate closedOn;

	private boolean supervised;

	@Size(max = 1000)
	private @Nullable String supervisionNote;

	private @Nullable Long duplicateOf;

	@Enumerated(EnumType.STRING)
	private @Nullable Satisfaction satisfaction;

	private @Nullable LocalDate satisfactionOn;

	private @Nullable Long acceptanceClockId;

	private @Nullable Long handlingClockId;

	/** The clock of the current 复查/复核 stage (request window or decision). */
	private @Nullable Long stageClockId;

	@Size(max = 100)
	private String registeredBy;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "petition_petitioner", joinColumns = @JoinColumn(name = "petition_id"))
	@OrderColumn(name = "position")
	@jakarta.validation.Valid
	private List<Petitioner> petitioners = new ArrayList<>();

	protected Petition() {
	}

	Petition(OrgId org, TrackingNumber number, QueryCode queryCode, @Nullable String idempotencyKey, Channel channel,
			LocalDate receivedOn, Instant receivedAt, String subject, String content, String demand,
			@Nullable Long villageId, @Nullable String villageName, List<Petitioner> petitioners, String registeredBy) {
		if (petitioners.isEmpty()) {
			throw new RuleViolation("petition.petitioner.none");
		}
		this.orgId = org.value();
		this.trackingNumber = number.value();
		this.queryCode = queryCode.value();
		this.idempotencyKey = idempotencyKey;
		this.channel = channel;
		this.receivedOn = receivedOn;
		this.receivedAt = receivedAt;
		this.subject = subject.trim();
		this.content = content.trim();
		this.demand = demand.trim();
		this.villageId = villageId;
		this.villageName = villageName;
		this.petitioners = new ArrayList<>(petitioners);
		this.collective = petitioners.size() >= COLLECTIVE_THRESHOLD;
		this.status = PetitionStatus.RECEIVED;
		this.registeredBy = registeredBy;
	}

	private void require(PetitionStatus... allowed) {
		for (PetitionStatus s : allowed) {
			if (status == s) {
				return;
			}
		}
		throw new RuleViolation("petition.status.wrong", status.label());
	}

	void classify(PetitionType type, @Nullable Route route) {
		require(PetitionStatus.RECEIVED);
		if (type == PetitionType.COMPLAINT && route == null) {
			throw new RuleViolation("petition.route.required");
		}
		this.petitionType = type;
		this.route = type == PetitionType.COMPLAINT ? route : null;
	}

	private void requireClassified() {
		if (petitionType == null) {
			throw new RuleViolation("petition.type.required");
		}
	}

	void accept(LocalDate on, String handlingUnit, LocalDate acceptanceDue) {
		require(PetitionStatus.RECEIVED);
		requireClassified();
		if (route != null && route.isStatutoryChannel()) {
			// 诉访分离 (Art. 28 ¶2, Art. 31): a demand with its own legal channel is not handled as 信访
			throw new RuleViolation("petition.accept.statutory", route.label());
		}
		if (petitionType == PetitionType.ACCUSATION) {
			// Art. 30: reports go to the 纪检监察机关 or the competent organ, the town forwards them
			throw new RuleViolation("petition.accept.accusation");
		}
		decided(on, acceptanceDue);
		this.handlingUnit = handlingUnit.trim();
		this.status = PetitionStatus.ACCEPTED;
	}

	void notAccept(LocalDate on, String note, LocalDate acceptanceDue) {
		require(PetitionStatus.RECEIVED);
		requireClassified();
		decided(on, acceptanceDue);
		this.decisionNote = note.trim();
		this.status = PetitionStatus.NOT_ACCEPTED;
	}

	void transfer(LocalDate on, String to, LocalDate acceptanceDue) {
		require(PetitionStatus.RECEIVED);
		requireClassified();
		if (to.isBlank()) {
			throw new RuleViolation("petition.transfer.to");
		}
		decided(on, acceptanceDue);
		this.transferredTo = to.trim();
		this.status = PetitionStatus.TRANSFERRED;
	}

	void referToMediation(LocalDate on, DisputeKind kind, LocalDate acceptanceDue) {
		require(PetitionStatus.RECEIVED);
		if (petitionType != PetitionType.COMPLAINT) {
			throw new RuleViolation("petition.mediation.type");
		}
		decided(on, acceptanceDue);
		this.disputeKind = kind;
		this.handlingUnit = "人民调解委员会";
		this.status = PetitionStatus.MEDIATION;
	}

	private void decided(LocalDate on, LocalDate acceptanceDue) {
		if (on.isBefore(receivedOn)) {
			throw new RuleViolation("petition.date.before-receipt");
		}
		this.decidedOn = on;
		this.acceptanceDueOn = acceptanceDue;
	}

	void extended(int days, LocalDate on) {
		require(PetitionStatus.ACCEPTED);
		this.extensionDays = days;
		this.extendedOn = on;
		extensionRequestDecided();
	}

	/** Art. 34 allows one extension, so a second request while one is pending or after one was granted is refused. */
	void extensionRequested(int days, String reason, String by, LocalDate on) {
		require(PetitionStatus.ACCEPTED);
		if (extensionDays > 0 || extensionRequestedDays != null) {
			throw new RuleViolation("petition.extend.once");
		}
		this.extensionRequestedDays = days;
		this.extensionRequestReason = reason;
		this.extensionRequestedBy = by;
		this.extensionRequestedOn = on;
	}

	void extensionRequestDecided() {
		this.extensionRequestedDays = null;
		this.extensionRequestReason = null;
		this.extensionRequestedBy = null;
		this.extensionRequestedOn = null;
	}

	void answer(Outcome outcome, String facts, String reasons, String basis, LocalDate issuedOn,
			LocalDate deliveredOn, @Nullable LocalDate handlingDue) {
		require(PetitionStatus.ACCEPTED);
		if (issuedOn.isBefore(decidedOn) || deliveredOn.isBefore(issuedOn)) {
			throw new RuleViolation("petition.date.order");
		}
		this.outcome = outcome;
		this.opinionFacts = facts.trim();
		this.opinionReasons = reasons.trim();
		this.opinionBasis = basis.trim();
		this.opinionIssuedOn = issuedOn;
		this.opinionDeliveredOn = deliveredOn;
		this.handlingDueOn = handlingDue;
		this.status = PetitionStatus.ANSWERED;
	}

	void reviewRequested(LocalDate on) {
		require(PetitionStatus.ANSWERED);
		if (on.isBefore(opinionDeliveredOn)) {
			throw new RuleViolation("petition.date.order");
		}
		this.reviewRequestedOn = on;
		this.status = PetitionStatus.REVIEW_REQUESTED;
	}

	void reviewed(LocalDate on, String result) {
		require(PetitionStatus.REVIEW_REQUESTED);
		if (on.isBefore(reviewRequestedOn)) {
			throw new RuleViolation("petition.date.order");
		}
		this.reviewedOn = on;
		this.reviewResult = result.trim();
		this.status = PetitionStatus.REVIEWED;
	}

	/** 复查意见 by the district organ itself, with its reasons (they go into the 复查意见书). */
	void reviewDecided(LocalDate on, String result, String reasons, String organ) {
		reviewed(on, result);
		this.reviewReasons = reasons.trim();
		this.reviewOrgan = organ;
	}

	void recheckDecided(LocalDate on, String result, String reasons, String organ) {
		if (isInHearing()) {
			throw new RuleViolation("petition.hearing.open");
		}
		rechecked(on, result);
		this.recheckReasons = reasons.trim();
		this.recheckOrgan = organ;
	}

	void hearingStarted(LocalDate from) {
		require(PetitionStatus.RECHECK_REQUESTED);
		if (hearingFrom != null) {
			throw new RuleViolation("petition.hearing.once");
		}
		if (from.isBefore(recheckRequestedOn)) {
			throw new RuleViolation("petition.date.order");
		}
		this.hearingFrom = from;
	}

	void hearingEnded(LocalDate until) {
		require(PetitionStatus.RECHECK_REQUESTED);
		if (!isInHearing()) {
			throw new RuleViolation("petition.hearing.none");
		}
		if (until.isBefore(hearingFrom)) {
			throw new RuleViolation("petition.date.order");
		}
		this.hearingUntil = until;
	}

	public boolean isInHearing() {
		return hearingFrom != null && hearingUntil == null;
	}

	/** Art. 23 ¶3: the town objects that a transferred-in item is not within its remit, with its reasons. */
	void objected(LocalDate on, String from, String reason) {
		require(PetitionStatus.RECEIVED);
		if (objectedOn != null) {
			throw new RuleViolation("petition.objection.given");
		}
		if (from.isBlank() || reason.isBlank()) {
			throw new RuleViolation("petition.objection.reason");
		}
		if (on.isBefore(receivedOn)) {
			throw new RuleViolation("petition.date.before-receipt");
		}
		this.objectedOn = on;
		this.objectionFrom = from.trim();
		this.objectionReason = reason.trim();
	}

	void reviewDelivered(LocalDate on) {
		require(PetitionStatus.REVIEWED);
		if (reviewDeliveredOn != null) {
			throw new RuleViolation("petition.review.delivered-once");
		}
		if (on.isBefore(reviewedOn)) {
			throw new RuleViolation("petition.date.order");
		}
		this.reviewDeliveredOn = on;
	}

	void recheckRequested(LocalDate on) {
		require(PetitionStatus.REVIEWED);
		if (reviewDeliveredOn == null) {
			throw new RuleViolation("petition.review.delivery-first");
		}
		if (on.isBefore(reviewedOn)) {
			throw new RuleViolation("petition.date.order");
		}
		this.recheckRequestedOn = on;
		this.status = PetitionStatus.RECHECK_REQUESTED;
	}

	void rechecked(LocalDate on, String result) {
		require(PetitionStatus.RECHECK_REQUESTED);
		if (on.isBefore(recheckRequestedOn)) {
			throw new RuleViolation("petition.date.order");
		}
		this.recheckedOn = on;
		this.recheckResult = result.trim();
		this.status = PetitionStatus.RECHECKED;
	}

	void close(LocalDate on) {
		require(PetitionStatus.ANSWERED, PetitionStatus.REVIEWED, PetitionStatus.RECHECKED,
				PetitionStatus.NOT_ACCEPTED, PetitionStatus.TRANSFERRED, PetitionStatus.MEDIATION);
		this.closedOn = on;
		this.status = PetitionStatus.CLOSED;
	}

	void supervise(boolean on, @Nullable String note) {
		this.supervised = on;
		this.supervisionNote = note == null || note.isBlank() ? null : note.trim();
	}

	void linkDuplicateOf(Petition earlier) {
		if (earlier.id.equals(id) || earlier.orgId != orgId) {
			throw new RuleViolation("petition.duplicate.self");
		}
		this.duplicateOf = earlier.duplicateOf != null ? earlier.duplicateOf : earlier.id;
	}

	void rate(Satisfaction rating, LocalDate on) {
		if (!hasReply()) {
			throw new RuleViolation("petition.satisfaction.no-reply");
		}
		if (satisfaction != null) {
			throw new RuleViolation("petition.satisfaction.given");
		}
		this.satisfaction = rating;
		this.satisfactionOn = on;
	}

	/** Whether the petitioner has had the town's answer (an opinion, or a written routing notice). */
	public boolean hasReply() {
		return opinionIssuedOn != null || status == PetitionStatus.NOT_ACCEPTED || status == PetitionStatus.TRANSFERRED
				|| status == PetitionStatus.MEDIATION || (status == PetitionStatus.CLOSED && decidedOn != null);
	}

	void clocks(@Nullable Long acceptance, @Nullable Long handling, @Nullable Long stage) {
		if (acceptance != null) {
			this.acceptanceClockId = acceptance;
		}
		if (handling != null) {
			this.handlingClockId = handling;
		}
		this.stageClockId = stage;
	}

	/** Shown only to holders of petition:identity when the type is 检举控告类 (Art. 30). */
	public boolean isIdentityProtected() {
		return petitionType == PetitionType.ACCUSATION;
	}

	/** 按期: every statutory step so far finished within its period. */
	public boolean isConcludedOnTime() {
		if (!status.isConcluded() || decidedOn == null || acceptanceDueOn == null || decidedOn.isAfter(acceptanceDueOn)) {
			return false;
		}
		return handlingDueOn == null || opinionIssuedOn == null || !opinionIssuedOn.isAfter(handlingDueOn);
	}

	public long id() {
		return id;
	}

	public OrgId org() {
		return OrgId.of(orgId);
	}

	public TrackingNumber trackingNumber() {
		return new TrackingNumber(trackingNumber);
	}

	public QueryCode queryCode() {
		return new QueryCode(queryCode);
	}

	public @Nullable String idempotencyKey() {
		return idempotencyKey;
	}

	public Channel channel() {
		return channel;
	}

	public LocalDate receivedOn() {
		return receivedOn;
	}

	public Instant receivedAt() {
		return receivedAt;
	}

	public String subject() {
		return subject;
	}

	public String content() {
		return content;
	}

	public String demand() {
		return demand;
	}

	public @Nullable Long villageId() {
		return villageId;
	}

	public @Nullable String villageName() {
		return villageName;
	}

	public boolean isCollective() {
		return collective;
	}

	public @Nullable PetitionType type() {
		return petitionType;
	}

	public @Nullable Route route() {
		return route;
	}

	public @Nullable DisputeKind disputeKind() {
		return disputeKind;
	}

	public PetitionStatus status() {
		return status;
	}

	public @Nullable String decisionNote() {
		return decisionNote;
	}

	public @Nullable String transferredTo() {
		return transferredTo;
	}

	public @Nullable String handlingUnit() {
		return handlingUnit;
	}

	public @Nullable LocalDate decidedOn() {
		return decidedOn;
	}

	public @Nullable LocalDate acceptanceDueOn() {
		return acceptanceDueOn;
	}

	public @Nullable LocalDate handlingDueOn() {
		return handlingDueOn;
	}

	public int extensionDays() {
		return extensionDays;
	}

	public @Nullable LocalDate extendedOn() {
		return extendedOn;
	}

	public @Nullable Integer extensionRequestedDays() {
		return extensionRequestedDays;
	}

	public @Nullable String extensionRequestReason() {
		return extensionRequestReason;
	}

	public @Nullable String extensionRequestedBy() {
		return extensionRequestedBy;
	}

	public @Nullable LocalDate extensionRequestedOn() {
		return extensionRequestedOn;
	}

	public @Nullable Outcome outcome() {
		return outcome;
	}

	public @Nullable String opinionFacts() {
		return opinionFacts;
	}

	public @Nullable String opinionReasons() {
		return opinionReasons;
	}

	public @Nullable String opinionBasis() {
		return opinionBasis;
	}

	public @Nullable LocalDate opinionIssuedOn() {
		return opinionIssuedOn;
	}

	public @Nullable LocalDate opinionDeliveredOn() {
		return opinionDeliveredOn;
	}

	public @Nullable LocalDate reviewRequestedOn() {
		return reviewRequestedOn;
	}

	public @Nullable LocalDate reviewedOn() {
		return reviewedOn;
	}

	public @Nullable LocalDate reviewDeliveredOn() {
		return reviewDeliveredOn;
	}

	public @Nullable String reviewResult() {
		return reviewResult;
	}

	public @Nullable LocalDate recheckRequestedOn() {
		return recheckRequestedOn;
	}

	public @Nullable LocalDate recheckedOn() {
		return recheckedOn;
	}

	public @Nullable String recheckResult() {
		return recheckResult;
	}

	public @Nullable String reviewOrgan() {
		return reviewOrgan;
	}

	public @Nullable String reviewReasons() {
		return reviewReasons;
	}

	public @Nullable String recheckOrgan() {
		return recheckOrgan;
	}

	public @Nullable String recheckReasons() {
		return recheckReasons;
	}

	public @Nullable LocalDate hearingFrom() {
		return hearingFrom;
	}

	public @Nullable LocalDate hearingUntil() {
		return hearingUntil;
	}

	public @Nullable LocalDate objectedOn() {
		return objectedOn;
	}

	public @Nullable String objectionFrom() {
		return objectionFrom;
	}

	public @Nullable String objectionReason() {
		return objectionReason;
	}

	public @Nullable LocalDate closedOn() {
		return closedOn;
	}

	public boolean isSupervised() {
		return supervised;
	}

	public @Nullable String supervisionNote() {
		return supervisionNote;
	}

	public @Nullable Long duplicateOf() {
		return duplicateOf;
	}

	public boolean isDuplicate() {
		return duplicateOf != null;
	}

	public @Nullable Satisfaction satisfaction() {
		return satisfaction;
	}

	public @Nullable LocalDate satisfactionOn() {
		return satisfactionOn;
	}

	public @Nullable Long acceptanceClockId() {
		return acceptanceClockId;
	}

	public @Nullable Long handlingClockId() {
		return handlingClockId;
	}

	public @Nullable Long stageClockId() {
		return stageClockId;
	}

	public String registeredBy() {
		return registeredBy;
	}

	public List<Petitioner> petitioners() {
		return List.copyOf(petitioners);
	}

	public Petitioner firstPetitioner() {
		return petitioners.get(0);
	}
}
