package org.fazhi.mediation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** One mediation session and its record (人民调解法 Art. 27: 调解工作记录). */
@Entity
@Table(name = "mediation_session")
public class MediationSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "held_on")
	private LocalDate heldOn;

	@Size(max = 500)
	private String present;

	@Size(max = 100000)
	private String record;

	@Column(name = "recorded_by")
	@Size(max = 64)
	private String recordedBy;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected MediationSession() {
	}

	MediationSession(LocalDate heldOn, String present, String record, String recordedBy, Instant recordedAt) {
		this.heldOn = heldOn;
		this.present = present;
		this.record = record;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public LocalDate heldOn() {
		return heldOn;
	}

	public String present() {
		return present;
	}

	public String record() {
		return record;
	}

	public String recordedBy() {
		return recordedBy;
	}
}
