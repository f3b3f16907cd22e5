package org.fazhi.petition;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** One line of a petition's timeline; {@code publicStep} lines are shown to the petitioner on /track. */
@Entity
@Table(name = "petition_step")
public class PetitionStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "petition_id")
	private long petitionId;

	@Column(name = "org_id")
	private long orgId;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	@Size(max = 2000)
	private String what;

	@Size(max = 100)
	private String actor;

	@Column(name = "public_step")
	private boolean publicStep;

	protected PetitionStep() {
	}

	PetitionStep(long petitionId, long orgId, Instant occurredAt, String what, String actor, boolean publicStep) {
		this.petitionId = petitionId;
		this.orgId = orgId;
		this.occurredAt = occurredAt;
		this.what = what;
		this.actor = actor;
		this.publicStep = publicStep;
	}

	public Instant occurredAt() {
		return occurredAt;
	}

	/** The time in the town's zone, as pages show it. */
	public java.time.LocalDateTime localTime() {
		return occurredAt.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDateTime();
	}

	public String what() {
		return what;
	}

	public String actor() {
		return actor;
	}

	public boolean isPublic() {
		return publicStep;
	}
}
