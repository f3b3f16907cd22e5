package org.fazhi.legalservice;

import java.time.LocalDate;

import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** A 法律顾问 engagement: the firm, its lawyers and the contract term; a renewal is a new term linked to it. */
@Entity
@Table(name = "legalservice_advisor")
public class Advisor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "org_id")
	private long orgId;

	@Size(max = 100)
	private String firm;

	@Size(max = 200)
	private String lawyers;

	@Column(name = "term_from")
	private LocalDate termFrom;

	@Column(name = "term_to")
	private LocalDate termTo;

	@Column(name = "renewed_from")
	private @Nullable Long renewedFrom;

	protected Advisor() {
	}

	Advisor(long orgId, String firm, String lawyers, LocalDate termFrom, LocalDate termTo, @Nullable Long renewedFrom) {
		if (termTo.isBefore(termFrom)) {
			throw new RuleViolation("legalservice.advisor.term");
		}
		this.orgId = orgId;
		this.firm = firm;
		this.lawyers = lawyers;
		this.termFrom = termFrom;
		this.termTo = termTo;
		this.renewedFrom = renewedFrom;
	}

	public long id() {
		return id;
	}

	public String firm() {
		return firm;
	}

	public String lawyers() {
		return lawyers;
	}

	public LocalDate termFrom() {
		return termFrom;
	}

	public LocalDate termTo() {
		return termTo;
	}

	public @Nullable Long renewedFrom() {
		return renewedFrom;
	}

	public boolean inForceOn(LocalDate day) {
		return !day.isBefore(termFrom) && !day.isAfter(termTo);
	}

	/** Whether the term ends within the given number of days from today (a renewal must be arranged). */
	public boolean renewalDue(LocalDate today, int withinDays) {
		return !today.isAfter(termTo) && !today.plusDays(withinDays).isBefore(termTo);
	}
}
