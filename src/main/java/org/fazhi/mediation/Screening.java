package org.fazhi.mediation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** A village's 排查 report for one period (yyyy-MM): the disputes it found, or 零报告 when none. */
@Entity
@Table(name = "mediation_screening")
public class Screening {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "org_id")
	private long orgId;

	@Column(name = "village_id")
	private long villageId;

	@Column(name = "village_name")
	@Size(max = 100)
	private String villageName;

	@Size(max = 7)
	private String period;

	private int found;

	@Size(max = 1000)
	private @Nullable String note;

	@Column(name = "reported_on")
	private LocalDate reportedOn;

	@Column(name = "reported_by")
	@Size(max = 64)
	private String reportedBy;

	protected Screening() {
	}

	Screening(long orgId, long villageId, String villageName, String period, int found, @Nullable String note,
			LocalDate reportedOn, String reportedBy) {
		this.orgId = orgId;
		this.villageId = villageId;
		this.villageName = villageName;
		this.period = period;
		this.found = found;
		this.note = note;
		this.reportedOn = reportedOn;
		this.reportedBy = reportedBy;
	}

	public long villageId() {
		return villageId;
	}

	public String villageName() {
		return villageName;
	}

	public String period() {
		return period;
	}

	public int found() {
		return found;
	}

	public boolean zeroReport() {
		return found == 0;
	}

	public @Nullable String note() {
		return note;
	}

	public LocalDate reportedOn() {
		return reportedOn;
	}
}
