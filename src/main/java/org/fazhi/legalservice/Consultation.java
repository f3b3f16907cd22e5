package org.fazhi.legalservice;

import java.time.Instant;
import java.time.LocalDate;

import org.fazhi.shared.Masking;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.QueryCode;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

/**
 * A legal question and its answer. Online questions get a tracking number (ZX-…) and a query code so the citizen
 * can read the reply on "查询办理进度"; walk-in and phone questions are answered on the spot and only logged.
 */
@Entity
@Table(name = "legalservice_consultation")
public class Consultation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "org_id")
	private long orgId;

	@Column(name = "tracking_number")
	@Size(max = 20)
	private @Nullable String trackingNumber;

	@Column(name = "query_code")
	@Size(max = 8)
	private @Nullable String queryCode;

	@Column(name = "idempotency_key")
	@Size(max = 100)
	private @Nullable String idempotencyKey;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Column(name = "asked_on")
	private LocalDate askedOn;

	@Size(max = 50)
	private String name;

	@Size(max = 20)
	private @Nullable String phone;

	@Column(name = "village_name")
	@Size(max = 100)
	private @Nullable String villageName;

	@Enumerated(EnumType.STRING)
	private Topic topic;

	@Column(name = "topic_as_written")
	@Size(max = Topic.AS_WRITTEN_LENGTH)
	private @Nullable String topicAsWritten;

	@Size(max = 100000)
	private String question;

	@Size(max = 100000)
	private @Nullable String answer;

	@Column(name = "answered_at")
	private @Nullable Instant answeredAt;

	@Column(name = "answered_by")
	@Size(max = 64)
	private @Nullable String answeredBy;

	@Enumerated(EnumType.STRING)
	private Referral referral;

	@Column(name = "referral_ref")
	@Size(max = 40)
	private @Nullable String referralRef;

	@Column(name = "referred_at")
	private @Nullable Instant referredAt;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "created_by")
	@Size(max = 64)
	private String createdBy;

	@Version
	private long version;

	protected Consultation() {
	}

	static Consultation asked(AskQuestion q, @Nullable String trackingNumber, @Nullable QueryCode code, Instant now,
			String actor) {
		Consultation c = new Consultation();
		c.orgId = q.org().value();
		c.trackingNumber = trackingNumber;
		c.queryCode = code == null ? null : code.value();
		c.idempotencyKey = q.idempotencyKey();
		c.channel = q.channel();
		c.askedOn = q.askedOn();
		c.name = q.name();
		c.phone = q.phone();
		c.villageName = q.villageName();
		c.topic = q.topic();
		c.topicAsWritten = q.topicAsWritten();
		c.question = q.question();
		c.referral = Referral.NONE;
		c.createdAt = now;
		c.createdBy = actor;
		return c;
	}

	void answer(String text, String by, Instant at) {
		if (text.isBlank()) {
			throw new RuleViolation("legalservice.answer.required");
		}
		answer = text;
		answeredBy = by;
		answeredAt = at;
	}

	void refer(Referral to, @Nullable String ref, Instant at) {
		if (to == Referral.NONE) {
			throw new RuleViolation("legalservice.referral.required");
		}
		if (referral != Referral.NONE) {
			throw new RuleViolation("legalservice.referred");
		}
		referral = to;
		referralRef = ref;
		referredAt = at;
	}

	public boolean codeMatches(String candidate) {
		return queryCode != null && new QueryCode(queryCode).matches(candidate);
	}

	public long id() {
		return id;
	}

	public OrgId org() {
		return OrgId.of(orgId);
	}

	public @Nullable String trackingNumber() {
		return trackingNumber;
	}

	public @Nullable String queryCode() {
		return queryCode;
	}

	public Channel channel() {
		return channel;
	}

	public LocalDate askedOn() {
		return askedOn;
	}

	public String name() {
		return name;
	}

	public String maskedName() {
		return Masking.name(name);
	}

	public @Nullable String phone() {
		return phone;
	}

	public String maskedPhone() {
		return Masking.phone(phone);
	}

	public @Nullable String villageName() {
		return villageName;
	}

	public Topic topic() {
		return topic;
	}

	/** The citizen's own words for a topic the dictionary does not have; kept after staff re-file it. */
	public @Nullable String topicAsWritten() {
		return topicAsWritten;
	}

	void refile(Topic to) {
		topic = to;
	}

	public String question() {
		return question;
	}

	public @Nullable String answer() {
		return answer;
	}

	public boolean answered() {
		return answer != null;
	}

	public @Nullable Instant answeredAt() {
		return answeredAt;
	}

	public @Nullable String answeredBy() {
		return answeredBy;
	}

	public Referral referral() {
		return referral;
	}

	public @Nullable String referralRef() {
		return referralRef;
	}

	public @Nullable Instant referredAt() {
		return referredAt;
	}

	public Instant createdAt() {
		return createdAt;
	}

	/** The label shown on lists and to the citizen. */
	public String statusLabel() {
		return answered() ? "已答复" : "待答复";
	}
}
