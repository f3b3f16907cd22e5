package org.fazhi.inforequest;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/**
 * A typed-in figure of the annual report (tables 二 and 四), for data Fazhi does not hold yet; the page marks them
 * 手工填报.
 */
@Entity
@Table(name = "inforequest_report_cell")
public class ReportCell {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "org_id")
	private long orgId;

	@Column(name = "report_year")
	private int year;

	@Column(name = "cell_key")
	@Size(max = 60)
	private String key;

	@Column(name = "cell_value")
	@Digits(integer = 10, fraction = 4)
	private BigDecimal value;

	@Column(name = "updated_by")
	@Size(max = 64)
	private String updatedBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected ReportCell() {
	}

	ReportCell(long orgId, int year, String key, BigDecimal value, String updatedBy, Instant updatedAt) {
		this.orgId = orgId;
		this.year = year;
		this.key = key;
		this.value = value;
		this.updatedBy = updatedBy;
		this.updatedAt = updatedAt;
	}

	void change(BigDecimal value, String by, Instant at) {
		this.value = value;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	public String key() {
		return key;
	}

	public BigDecimal value() {
		return value;
	}
}
