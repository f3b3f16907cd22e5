package org.fazhi.calendar.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** One saved version of a year's holiday notice, as JSON in the reference data's shape. */
@Entity
@Table(name = "calendar_notice_revision")
public class NoticeRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "notice_year")
	private int year;

	private int revision;

	@Column(name = "notice_json")
	@Size(max = 100000)
	private String json;

	@Column(name = "entered_by")
	@Size(max = 64)
	private String enteredBy;

	@Column(name = "entered_at")
	private Instant enteredAt;

	@Size(max = 500)
	private String reason;

	protected NoticeRevision() {
	}

	public NoticeRevision(int year, int revision, String json, String enteredBy, Instant enteredAt, String reason) {
		this.year = year;
		this.revision = revision;
		this.json = json;
		this.enteredBy = enteredBy;
		this.enteredAt = enteredAt;
		this.reason = reason;
	}

	public int year() {
		return year;
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
