package org.fazhi.calendar.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** One saved version of a clock rule, as JSON. */
@Entity
@Table(name = "calendar_rule_revision")
public class RuleRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Size(max = 64)
	private String code;

	private int revision;

	@Column(name = "rule_json")
	@Size(max = 10000)
	private String json;

	@Column(name = "entered_by")
	@Size(max = 64)
	private String enteredBy;

	@Column(name = "entered_at")
	private Instant enteredAt;

	@Size(max = 500)
	private String reason;

	protected RuleRevision() {
	}

	public RuleRevision(String code, int revision, String json, String enteredBy, Instant enteredAt, String reason) {
		this.code = code;
		this.revision = revision;
		this.json = json;
		this.enteredBy = enteredBy;
		this.enteredAt = enteredAt;
		this.reason = reason;
	}

	public String code() {
		return code;
	}

	public int revision() {
		return revision;
	}

	public String json() {
		return json;
	}

	public String enteredBy() {
		return enteredBy;
	}

	public Instant enteredAt() {
		return enteredAt;
	}

	public String reason() {
		return reason;
	}
}
