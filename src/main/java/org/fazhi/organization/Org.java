package org.fazhi.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import org.fazhi.shared.CreditCode;
import org.fazhi.shared.OrgId;
import org.jspecify.annotations.Nullable;

/** A district or a town government, identified to the outside by its 统一社会信用代码. */
@Entity
@Table(name = "organization_org")
public class Org {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "parent_id")
	private @Nullable Long parentId;

	@Enumerated(EnumType.STRING)
	private OrgKind kind;

	@Size(max = 50)
	private String name;

	@Column(name = "full_name")
	@Size(max = 100)
	private String fullName;

	@Column(name = "credit_code")
	@Size(max = 18)
	private String creditCode;

	@Column(name = "site_sponsor")
	@Size(max = 100)
	private @Nullable String siteSponsor;

	@Column(name = "site_code")
	@Size(max = 32)
	private @Nullable String siteCode;

	@Column(name = "site_icp")
	@Size(max = 64)
	private @Nullable String siteIcp;

	@Column(name = "site_psb")
	@Size(max = 64)
	private @Nullable String sitePsb;

	@Size(max = 200)
	private @Nullable String address;

	@Size(max = 32)
	private @Nullable String phone;

	@Version
	private long version;

	protected Org() {
	}

	Org(@Nullable Long parentId, OrgKind kind, String name, String fullName, CreditCode creditCode) {
		this.parentId = parentId;
		this.kind = kind;
		this.name = name;
		this.fullName = fullName;
		this.creditCode = creditCode.value();
	}

	void describeSite(SiteDetails site) {
		this.siteSponsor = site.sponsor();
		this.siteCode = site.siteCode();
		this.siteIcp = site.icp();
		this.sitePsb = site.psb();
		this.address = site.address();
		this.phone = site.phone();
	}

	public OrgId orgId() {
		return OrgId.of(id);
	}

	public @Nullable Long parentId() {
		return parentId;
	}

	public OrgKind kind() {
		return kind;
	}

	public String name() {
		return name;
	}

	public String fullName() {
		return fullName;
	}

	public String creditCode() {
		return creditCode;
	}

	public SiteDetails site() {
		return new SiteDetails(siteSponsor, siteCode, siteIcp, sitePsb, address, phone);
	}
}
