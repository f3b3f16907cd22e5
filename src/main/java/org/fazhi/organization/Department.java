package org.fazhi.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** An internal office of a town (党政办, 司法所, 综合行政执法大队 …) that handles matters. */
@Entity
@Table(name = "organization_department")
public class Department {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "org_id")
	private long orgId;

	@Size(max = 50)
	private String name;

	protected Department() {
	}

	Department(long orgId, String name) {
		this.orgId = orgId;
		this.name = name;
	}

	public long id() {
		return id;
	}

	public long orgId() {
		return orgId;
	}

	public String name() {
		return name;
	}
}
