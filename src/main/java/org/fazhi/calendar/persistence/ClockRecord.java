package org.fazhi.calendar.persistence;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** Storage of a running clock: its inputs (start, events as JSON) and the last computed due date. */
@Entity
@Table(name = "calendar_clock")
public class ClockRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "org_id")
	private long orgId;

	@Size(max = 32)
	private String module;

	@Column(name = "record_id")
	@Size(max = 64)
	private String recordId;

	@Column(name = "rule_code")
	@Size(max = 64)
	private String ruleCode;

	@Column(name = "start_on")
	private LocalDate startOn;

	@Column(name = "events_json")
	@Size(max = 20000)
	private String eventsJson;

	@Column(name = "due_on")
	private @Nullable LocalDate dueOn;

	@Column(name = "missing_year")
	private @Nullable Integer missingYear;

	@Column(name = "completed_on")
	private @Nullable LocalDate completedOn;

	@Size(max = 64)
	private @Nullable String handler;

	@Size(max = 64)
	private @Nullable String authority;

	@Size(max = 200)
	private String title;

	@Size(max = 200)
	private String href;

	@Version
	private long version;

	protected ClockRecord() {
	}

	public ClockRecord(long orgId, String module, String recordId, String ruleCode, LocalDate startOn,
			String eventsJson, @Nullable String handler, @Nullable String authority, String title, String href) {
		this.orgId = orgId;
		this.module = module;
		this.recordId = recordId;
		this.ruleCode = ruleCode;
		this.startOn = startOn;
		this.eventsJson = eventsJson;
		this.handler = handler;
		this.authority = authority;
		this.title = title;
		this.href = href;
	}

	public void computed(String eventsJson, @Nullable LocalDate dueOn, @Nullable Integer missingYear) {
		this.eventsJson = eventsJson;
		this.dueOn = dueOn;
		this.missingYear = missingYear;
	}

	/** The start event was re-dated; the caller recomputes the due date. */
	public void startMoved(LocalDate on) {
		this.startOn = on;
	}

	public void complete(LocalDate on) {
		this.completedOn = on;
	}

	public long id() {
		return id;
	}

	public long orgId() {
		return orgId;
	}

	public String module() {
		return module;
	}

	public String recordId() {
		return recordId;
	}

	public String ruleCode() {
		return ruleCode;
	}

	public LocalDate startOn() {
		return startOn;
	}

	public String eventsJson() {
		return eventsJson;
	}

	public @Nullable LocalDate dueOn() {
		return dueOn;
	}

	public @Nullable Integer missingYear() {
		return missingYear;
	}

	public @Nullable LocalDate completedOn() {
		return completedOn;
	}

	public @Nullable String handler() {
		return handler;
	}

	public @Nullable String authority() {
		return authority;
	}

	public String title() {
		return title;
	}

	public String href() {
		return href;
	}
}
