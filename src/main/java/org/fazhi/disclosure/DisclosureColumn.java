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
import org.jspecify.annotations.Nullable;

/**
 * A catalog column (栏目) of one town. The statutory ones come from OGI Art. 20 and are created for every town;
 * a town may add its own. {@code idleDays} is the self-inspection threshold (动态 columns: 2 weeks).
 */
@Entity
@Table(name = "disclosure_column")
public class DisclosureColumn {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "org_id")
	private long orgId;

	@Size(max = 40)
	private String code;

	@Size(max = 60)
	private String name;

	@Column(name = "legal_item")
	@Size(max = 100)
	private @Nullable String legalItem;

	@Enumerated(EnumType.STRING)
	private ColumnCategory category;

	@Column(name = "idle_days")
	private int idleDays;

	private int position;

	private boolean builtin;

	protected DisclosureColumn() {
	}

	DisclosureColumn(OrgId org, String code, String name, @Nullable String legalItem, ColumnCategory category,
			int idleDays, int position, boolean builtin) {
		this.orgId = org.value();
		this.code = code;
		this.name = name;
		this.legalItem = legalItem;
		this.category = category;
		this.idleDays = idleDays;
		this.position = position;
		this.builtin = builtin;
	}

	void idleAfter(int days) {
		this.idleDays = days;
	}

	public long id() {
		return id;
	}

	public OrgId org() {
		return OrgId.of(orgId);
	}

	public String code() {
		return code;
	}

	public String name() {
		return name;
	}

	public @Nullable String legalItem() {
		return legalItem;
	}

	public ColumnCategory category() {
		return category;
	}

	public int idleDays() {
		return idleDays;
	}

	public int position() {
		return position;
	}

	public boolean builtin() {
		return builtin;
	}
}
