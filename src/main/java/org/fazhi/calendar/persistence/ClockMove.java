package org.fazhi.calendar.persistence;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A logged change of a running clock's due date. */
@Entity
@Table(name = "calendar_clock_move")
public class ClockMove {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "clock_id")
	private long clockId;

	@Column(name = "moved_at")
	private Instant movedAt;

	@Column(name = "old_due_on")
	private @Nullable LocalDate oldDueOn;

	@Column(name = "new_due_on")
	private @Nullable LocalDate newDueOn;

	@Size(max = 500)
	private String reason;

	protected ClockMove() {
	}

	public ClockMove(long clockId, Instant movedAt, @Nullable LocalDate oldDueOn, @Nullable LocalDate newDueOn,
			String reason) {
		this.clockId = clockId;
		this.movedAt = movedAt;
		this.oldDueOn = oldDueOn;
		this.newDueOn = newDueOn;
		this.reason = reason;
	}

	public long clockId() {
		return clockId;
	}

	public Instant movedAt() {
		return movedAt;
	}

	public @Nullable LocalDate oldDueOn() {
		return oldDueOn;
	}

	public @Nullable LocalDate newDueOn() {
		return newDueOn;
	}

	public String reason() {
		return reason;
	}
}
