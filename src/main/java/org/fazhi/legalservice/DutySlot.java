package org.fazhi.legalservice;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** One line of the station's 值班表: on this weekday, this lawyer of this firm answers questions. */
@Entity
@Table(name = "legalservice_duty")
public class DutySlot {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "org_id")
	private long orgId;

	private int weekday;

	@Size(max = 50)
	private String lawyer;

	@Size(max = 100)
	private String firm;

	@Size(max = 50)
	private String hours;

	protected DutySlot() {
	}

	DutySlot(long orgId, DayOfWeek weekday, String lawyer, String firm, String hours) {
		this.orgId = orgId;
		this.weekday = weekday.getValue();
		this.lawyer = lawyer;
		this.firm = firm;
		this.hours = hours;
	}

	public long id() {
		return id;
	}

	public DayOfWeek weekday() {
		return DayOfWeek.of(weekday);
	}

	public String weekdayLabel() {
		return weekday().getDisplayName(TextStyle.FULL, Locale.SIMPLIFIED_CHINESE);
	}

	public String lawyer() {
		return lawyer;
	}

	public String firm() {
		return firm;
	}

	public String hours() {
		return hours;
	}
}
