package org.fazhi.legalservice;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** A training a 法律明白人 attended or an activity they led (普法宣传, 矛盾排查 …). */
@Entity
@Table(name = "legalservice_navigator_record")
public class NavigatorRecord {

	public enum Kind {

		TRAINING("培训"), ACTIVITY("活动");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@Column(name = "held_on")
	private LocalDate heldOn;

	@Size(max = 200)
	private String title;

	protected NavigatorRecord() {
	}

	NavigatorRecord(Kind kind, LocalDate heldOn, String title) {
		this.kind = kind;
		this.heldOn = heldOn;
		this.title = title;
	}

	public Kind kind() {
		return kind;
	}

	public LocalDate heldOn() {
		return heldOn;
	}

	public String title() {
		return title;
	}
}
