package org.fazhi.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** 村 or 社区 of a town (村民委员会 / 居民委员会). */
@Entity
@Table(name = "organization_village")
public class Village {

	public enum Kind {
		VILLAGE("村"), COMMUNITY("社区");

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

	@Column(name = "org_id")
	private long orgId;

	@Size(max = 50)
	private String name;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	protected Village() {
	}

	Village(long orgId, String name, Kind kind) {
		this.orgId = orgId;
		this.name = name;
		this.kind = kind;
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

	public Kind kind() {
		return kind;
	}
}
