package org.fazhi.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.fazhi.shared.OrgId;

/** One entry of the 主题分类 or 体裁分类 dictionary of a town. */
@Entity
@Table(name = "disclosure_term")
public class Term {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "org_id")
	private long orgId;

	@Enumerated(EnumType.STRING)
	private TermKind kind;

	@Size(max = 60)
	private String name;

	private int position;

	protected Term() {
	}

	Term(OrgId org, TermKind kind, String name, int position) {
		this.orgId = org.value();
		this.kind = kind;
		this.name = name;
		this.position = position;
	}

	public long id() {
		return id;
	}

	public TermKind kind() {
		return kind;
	}

	public String name() {
		return name;
	}

	public int position() {
		return position;
	}
}
