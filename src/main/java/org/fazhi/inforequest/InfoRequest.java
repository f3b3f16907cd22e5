package org.fazhi.inforequest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

import org.fazhi.shared.Masking;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.QueryCode;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.TrackingNumber;
import org.jspecify.annotations.Nullable;

/**
 * One information request and its legal life cycle. The aggregate guards the order of steps (补正 once and only
 * before the reply, withdrawal only after the 补正 period given, one extension, one result); the clocks themselves
 * live in the calendar module and are driven by {@link InfoRequestService}.
 */
@Entity
@Table(name = "inforequest_request")
public class InfoRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "org_id")
	private long orgId;

	@Column(name = "tracking_number")
	@Size(max = 20)
	private String trackingNumber;

	@Column(name = "query_code")
	@Size(max = 8)
	private String queryCode;

	@Column(name = "idempotency_key")
	@Size(max = 100)
	private @Nullable String idempotencyKey;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Column(name = "received_on")
	private LocalDate receivedOn;

	@Column(name = "created_at")
	private Instant createdAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "applicant_type")
	private ApplicantType applicantType;

	@Column(name = "applicant_name")
	@Size(max = 100)
	private String applicantName;

	@Enumerated(EnumType.STRING)
	@Column(name = "id_type")
	private IdType idType;

	@Column(name = "id_number")
	@Size(max = 40)
	private String idNumber;

	@Size(max = 30)
	private @Nullable String phone;

	@Size(max = 100)
	private @Nullable String email;

	@Size(max = 200)
	private @Nullable String address;

	@Size(max = 100000)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(name = "info_form")
	private InfoForm form;

	@Enumerated(EnumType.STRING)
	private DeliveryWay delivery;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Column(name = "reply_clock_id")
	private @Nullable Long replyClockId;

	@Column(name = "correction_clock_id")
	private @Nullable Long correctionClockId;

	@Column(name = "correction_noticed_on")
	private @Nullable LocalDate correctionNoticedOn;

	@Column(name = "correction_items")
	@Size(max = 100000)
	private @Nullable String correctionItems;

	@Column(name = "correction_due_on")
	private @Nullable LocalDate correctionDueOn;

	@Column(name = "corrected_on")
	private @Nullable LocalDate correctedOn;

	@Column(name = "third_party_clock_id")
	private @Nullable Long thirdPartyClockId;

	@Column(name = "third_party")
	@Size(max = 200)
	private @Nullable String thirdParty;

	@Column(name = "consulted_on")
	private @Nullable LocalDate consultedOn;

	@Column(name = "consultation_ended_on")
	private @Nullable LocalDate consultationEndedOn;

	@Column(name = "extended_on")
	private @Nullable LocalDate extendedOn;

	@Column(name = "extension_approved_by")
	@Size(max = 100)
	private @Nullable String extensionApprovedBy;

	@Column(name = "extension_reason")
	@Size(max = 2000)
	private @Nullable String extensionReason;

	@Column(name = "extension_told_on")
	private @Nullable LocalDate extensionToldOn;

	@Column(name = "fee_amount")
	@Digits(integer = 10, fraction = 2)
	private @Nullable BigDecimal feeAmount;

	@Column(name = "fee_noticed_on")
	private @Nullable LocalDate feeNoticedOn;

	@Enumerated(EnumType.STRING)
	private @Nullable ReplyResult result;

	@Column(name = "replied_on")
	private @Nullable LocalDate repliedOn;

	@Column(name = "reply_text")
	@Size(max = 100000)
	private @Nullable String replyText;

	@Column(name = "published_ref")
	@Size(max = 500)
	private @Nullable String publishedRef;

	@Column(name = "due_on")
	private @Nullable LocalDate dueOn;

	@Column(name = "answered_in_time")
	private @Nullable Boolean answeredInTime;

	@Enumerated(EnumType.STRING)
	@Column(name = "delivered_by")
	private @Nullable DeliveryWay deliveredBy;

	@Column(name = "delivered_on")
	private @Nullable LocalDate deliveredOn;

	@Size(max = 64)
	private @Nullable String handler;

	protected InfoRequest() {
	}

	InfoRequest(OrgId org, TrackingNumber number, QueryCode code, @Nullable String idempotencyKey, Channel channel,
			LocalDate receivedOn, Instant createdAt, Applicant applicant, String description, InfoForm form,
			DeliveryWay delivery, @Nullable String handler) {
		this.orgId = org.value();
		this.trackingNumber = number.value();
		this.queryCode = code.value();
		this.idempotencyKey = idempotencyKey;
		this.channel = channel;
		this.receivedOn = receivedOn;
		this.createdAt = createdAt;
		this.applicantType = applicant.type();
		this.applicantName = applicant.name();
		this.idType = applicant.idType();
		this.idNumber = applicant.idNumber();
		this.phone = applicant.phone();
		this.email = applicant.email();
		this.address = applicant.address();
		this.description = description;
		this.form = form;
		this.delivery = delivery;
		this.status = Status.OPEN;
		this.handler = handler;
	}

	void clocksStarted(long replyClock, long correctionClock, @Nullable LocalDate due) {
		this.replyClockId = replyClock;
		this.correctionClockId = correctionClock;
		this.dueOn = due;
	}

	/** 补正 (Art. 30): once, within the 7 工作日 (checked by the service against the clock), listing everything. */
	void askForCorrection(LocalDate on, String items, LocalDate replyBy) {
		requireOpen();
		if (correctionNoticedOn != null) {
			throw new RuleViolation("inforequest.correction.once");
		}
		if (on.isBefore(receivedOn)) {
			throw new RuleViolation("inforequest.date.before-receipt");
		}
		if (!replyBy.isAfter(on)) {
			throw new RuleViolation("inforequest.correction.reply-by");
		}
		if (status == Status.CONSULTING) {
			throw new RuleViolation("inforequest.state", status.label());
		}
		this.correctionNoticedOn = on;
		this.correctionItems = items;
		this.correctionDueOn = replyBy;
		this.status = Status.AWAITING_CORRECTION;
	}

	/** The corrected application arrived: the 20 工作日 run anew from this day (Art. 30). */
	void corrected(LocalDate on) {
		if (status != Status.AWAITING_CORRECTION || correctionNoticedOn == null) {
			throw new RuleViolation("inforequest.state", status.label());
		}
		if (on.isBefore(correctionNoticedOn)) {
			throw new RuleViolation("inforequest.date.before-notice");
		}
		this.correctedOn = on;
		this.status = Status.OPEN;
	}

	/** No correction within the period the notice gave: 视为放弃申请 (Art. 30), reported as （六）1. */
	void treatAsWithdrawn(LocalDate on) {
		if (status != Status.AWAITING_CORRECTION || correctionDueOn == null) {
			throw new RuleViolation("inforequest.state", status.label());
		}
		if (!on.isAfter(correctionDueOn)) {
			throw new RuleViolation("inforequest.withdrawal.too-early", correctionDueOn);
		}
		reply(ReplyResult.OTHER_NO_CORRECTION, on, "申请人无正当理由逾期未补正，视为放弃申请，本机关不再处理。", null);
	}

	void consultThirdParty(LocalDate on, String party, long clockId) {
		if (status != Status.OPEN) {
			throw new RuleViolation("inforequest.state", status.label());
		}
		if (on.isBefore(receivedOn)) {
			throw new RuleViolation("inforequest.date.before-receipt");
		}
		this.thirdParty = party;
		this.consultedOn = on;
		this.consultationEndedOn = null;
		this.thirdPartyClockId = clockId;
		this.status = Status.CONSULTING;
	}

	void consultationEnded(LocalDate on) {
		if (status != Status.CONSULTING || consultedOn == null) {
			throw new RuleViolation("inforequest.state", status.label());
		}
		if (on.isBefore(consultedOn)) {
			throw new RuleViolation("inforequest.date.before-consultation");
		}
		this.consultationEndedOn = on;
		this.status = Status.OPEN;
	}

	/** Extension (Art. 33 ¶2): approved by the office head, the applicant told; the cap is the clock rule's. */
	void extended(LocalDate on, String approvedBy, String reason, LocalDate toldOn) {
		requireOpen();
		if (extendedOn != null) {
			throw new RuleViolation("inforequest.extension.once");
		}
		if (toldOn.isBefore(on)) {
			throw new RuleViolation("inforequest.extension.told-before");
		}
		this.extendedOn = on;
		this.extensionApprovedBy = approvedBy;
		this.extensionReason = reason;
		this.extensionToldOn = toldOn;
	}

	/** 信息处理费 notice (Art. 42): rare, recorded as issued. */
	void feeNoticed(LocalDate on, BigDecimal amount) {
		requireOpen();
		if (amount.signum() <= 0) {
			throw new RuleViolation("inforequest.fee.positive");
		}
		this.feeNoticedOn = on;
		this.feeAmount = amount;
	}

	void reply(ReplyResult result, LocalDate on, String text, @Nullable String publishedRef) {
		requireOpen();
		if (on.isBefore(receivedOn)) {
			throw new RuleViolation("inforequest.date.before-receipt");
		}
		if (result == ReplyResult.OTHER_FEE_UNPAID && feeNoticedOn == null) {
			throw new RuleViolation("inforequest.reply.fee-without-notice");
		}
		if (result == ReplyResult.UNABLE_UNCLEAR_AFTER_CORRECTION && correctedOn == null) {
			throw new RuleViolation("inforequest.reply.unclear-without-correction");
		}
		if (result == ReplyResult.OTHER_NO_CORRECTION && status != Status.AWAITING_CORRECTION) {
			throw new RuleViolation("inforequest.reply.no-correction-without-notice");
		}
		this.result = result;
		this.repliedOn = on;
		this.replyText = text;
		this.publishedRef = publishedRef == null || publishedRef.isBlank() ? null : publishedRef.strip();
		this.status = Status.ANSWERED;
	}

	void answeredAgainst(@Nullable LocalDate due, @Nullable Boolean inTime) {
		this.dueOn = due;
		this.answeredInTime = inTime;
	}

	void delivered(DeliveryWay way, LocalDate on) {
		if (status != Status.ANSWERED || repliedOn == null) {
			throw new RuleViolation("inforequest.state", status.label());
		}
		if (on.isBefore(repliedOn)) {
			throw new RuleViolation("inforequest.delivery.before-reply");
		}
		this.deliveredBy = way;
		this.deliveredOn = on;
		this.status = Status.DELIVERED;
	}

	void dueMoved(@Nullable LocalDate due) {
		this.dueOn = due;
	}

	private void requireOpen() {
		if (!status.isOpen()) {
			throw new RuleViolation("inforequest.state", status.label());
		}
	}

	/** Whether it was still unanswered at the end of the given day (for carry-over in the annual report). */
	public boolean openAt(LocalDate day) {
		return !receivedOn.isAfter(day) && (repliedOn == null || repliedOn.isAfter(day));
	}

	public boolean checkCode(String candidate) {
		return new QueryCode(queryCode).matches(candidate.strip().toUpperCase());
	}

	public String maskedIdNumber() {
		return Masking.idNumber(idNumber);
	}

	public String maskedName() {
		return applicantType == ApplicantType.CITIZEN ? Masking.name(applicantName) : applicantName;
	}

	public String maskedPhone() {
		return phone == null ? "" : Masking.phone(phone);
	}

	public Long id() {
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

	public Channel channel() {
		return channel;
	}

	public LocalDate receivedOn() {
		return receivedOn;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public ApplicantType applicantType() {
		return applicantType;
	}

	public String applicantName() {
		return applicantName;
	}

	public IdType idType() {
		return idType;
	}

	/** The full number: only for an audited 查看完整信息 (see {@link InfoRequestService#revealApplicant}). */
	String idNumber() {
		return idNumber;
	}

	public @Nullable String phone() {
		return phone;
	}

	public @Nullable String email() {
		return email;
	}

	public @Nullable String address() {
		return address;
	}

	public String description() {
		return description;
	}

	public InfoForm form() {
		return form;
	}

	public DeliveryWay delivery() {
		return delivery;
	}

	public Status status() {
		return status;
	}

	public @Nullable Long replyClockId() {
		return replyClockId;
	}

	public @Nullable Long correctionClockId() {
		return correctionClockId;
	}

	public @Nullable LocalDate correctionNoticedOn() {
		return correctionNoticedOn;
	}

	public @Nullable String correctionItems() {
		return correctionItems;
	}

	public @Nullable LocalDate correctionDueOn() {
		return correctionDueOn;
	}

	public @Nullable LocalDate correctedOn() {
		return correctedOn;
	}

	public @Nullable Long thirdPartyClockId() {
		return thirdPartyClockId;
	}

	public @Nullable String thirdParty() {
		return thirdParty;
	}

	public @Nullable LocalDate consultedOn() {
		return consultedOn;
	}

	public @Nullable LocalDate consultationEndedOn() {
		return consultationEndedOn;
	}

	public @Nullable LocalDate extendedOn() {
		return extendedOn;
	}

	public @Nullable String extensionApprovedBy() {
		return extensionApprovedBy;
	}

	public @Nullable String extensionReason() {
		return extensionReason;
	}

	public @Nullable LocalDate extensionToldOn() {
		return extensionToldOn;
	}

	public @Nullable BigDecimal feeAmount() {
		return feeAmount;
	}

	public @Nullable LocalDate feeNoticedOn() {
		return feeNoticedOn;
	}

	public @Nullable ReplyResult result() {
		return result;
	}

	public @Nullable LocalDate repliedOn() {
		return repliedOn;
	}

	public @Nullable String replyText() {
		return replyText;
	}

	public @Nullable String publishedRef() {
		return publishedRef;
	}

	public @Nullable LocalDate dueOn() {
		return dueOn;
	}

	public @Nullable Boolean answeredInTime() {
		return answeredInTime;
	}

	public @Nullable DeliveryWay deliveredBy() {
		return deliveredBy;
	}

	public @Nullable LocalDate deliveredOn() {
		return deliveredOn;
	}

	public @Nullable String handler() {
		return handler;
	}
}
