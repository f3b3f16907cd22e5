package org.fazhi.disclosure;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * A piece of personal data the scan found, and what the 保密审查 decided: 已遮蔽 (replaced by its masked form) or
 * 保留 with a reason. Only the masked form and a fingerprint are stored, never the number itself.
 */
@Entity
@Table(name = "disclosure_pii_hit")
public class PersonalDataHit {

	public enum Decision {

		OPEN("待处理"), REDACTED("已遮蔽"), KEPT("保留");

		private final String label;

		Decision(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "document_id")
	private long documentId;

	@Enumerated(EnumType.STRING)
	private PersonalData.Kind kind;

	@Size(max = 64)
	private String fingerprint;

	@Size(max = 40)
	private String masked;

	@Size(max = 255)
	private String place;

	@Enumerated(EnumType.STRING)
	private Decision decision;

	@Size(max = 500)
	private @Nullable String reason;

	@Column(name = "decided_by")
	@Size(max = 64)
	private @Nullable String decidedBy;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	protected PersonalDataHit() {
	}

	PersonalDataHit(long documentId, PersonalData.Kind kind, String fingerprint, String masked, String place) {
		this.documentId = documentId;
		this.kind = kind;
		this.fingerprint = fingerprint;
		this.masked = masked;
		this.place = place;
		this.decision = Decision.OPEN;
	}

	void redacted(String by, Instant at) {
		if (kind == PersonalData.Kind.UNREADABLE) {
			throw new RuleViolation("disclosure.pii.cannot-redact-file");
		}
		decide(Decision.REDACTED, null, by, at);
	}

	void kept(String reason, String by, Instant at) {
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation("disclosure.pii.reason");
		}
		decide(Decision.KEPT, reason.strip(), by, at);
	}

	private void decide(Decision d, @Nullable String why, String by, Instant at) {
		if (decision != Decision.OPEN) {
			throw new RuleViolation("disclosure.pii.decided");
		}
		this.decision = d;
		this.reason = why;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	public long id() {
		return id;
	}

	public long documentId() {
		return documentId;
	}

	public PersonalData.Kind kind() {
		return kind;
	}

	public String fingerprint() {
		return fingerprint;
	}

	public String masked() {
		return masked;
	}

	public String place() {
		return place;
	}

	public Decision decision() {
		return decision;
	}

	public @Nullable String reason() {
		return reason;
	}

	public @Nullable String decidedBy() {
		return decidedBy;
	}

	public boolean isOpen() {
		return decision == Decision.OPEN;
	}
}
