package org.fazhi.inforequest;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/**
 * A step of a request's timeline in plain words. {@code visibleToApplicant} marks the steps the citizen sees on
 * "查询办理进度" (internal steps such as a reminder are staff-only).
 */
@Entity
@Table(name = "inforequest_event")
public class InfoRequestEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id")
	private long requestId;

	@Column(name = "occurred_at")
	private Instant at;

	@Size(max = 2000)
	private String what;

	@Column(name = "visible_to_applicant")
	private boolean visibleToApplicant;

	protected InfoRequestEvent() {
	}

	InfoRequestEvent(long requestId, Instant at, String what, boolean visibleToApplicant) {
		this.requestId = requestId;
		this.at = at;
		this.what = what;
		this.visibleToApplicant = visibleToApplicant;
	}

	public Instant at() {
		return at;
	}

	public String what() {
		return what;
	}

	public boolean visibleToApplicant() {
		return visibleToApplicant;
	}
}
