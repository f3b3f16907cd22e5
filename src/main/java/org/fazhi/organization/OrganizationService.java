package org.fazhi.organization;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fazhi.audit.AuditRecord;
import org.fazhi.audit.AuditTrail;
import org.fazhi.organization.persistence.DepartmentRepository;
import org.fazhi.organization.persistence.OrgRepository;
import org.fazhi.organization.persistence.VillageRepository;
import org.fazhi.shared.CreditCode;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Staff;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Towns, villages and departments: the queries every module scopes by, and their changes, audited. */
@Service
@Transactional
public class OrganizationService {

	private final OrgRepository orgs;

	private final VillageRepository villages;

	private final DepartmentRepository departments;

	private final AuditTrail audit;

	private final @Nullable String defaultTownCode;

	OrganizationService(OrgRepository orgs, VillageRepository villages, DepartmentRepository departments,
			AuditTrail audit, @Value("${fazhi.portal.default-town:}") @Nullable String defaultTownCode) {
		this.orgs = orgs;
		this.villages = villages;
		this.departments = departments;
		this.audit = audit;
		this.defaultTownCode = defaultTownCode;
	}

	@Transactional(readOnly = true)
	public OrgSummary org(OrgId id) {
		return orgs.findById(id.value()).map(OrgSummary::of).orElseThrow(() -> new NotFound("org " + id));
	}

	@Transactional(readOnly = true)
	public Optional<OrgSummary> byCreditCode(String creditCode) {
		return orgs.findByCreditCode(creditCode.trim().toUpperCase()).map(OrgSummary::of);
	}

	@Transactional(readOnly = true)
	public List<OrgSummary> towns() {
		return orgs.findByKindOrderById(OrgKind.TOWN).stream().map(OrgSummary::of).toList();
	}

	/**
	 * The town the public portal serves when a request names none: the configured 信用代码
	 * ({@code fazhi.portal.default-town}), else the first town.
	 */
	@Transactional(readOnly = true)
	public Optional<OrgSummary> defaultTown() {
		if (defaultTownCode != null && !defaultTownCode.isBlank()) {
			return byCreditCode(defaultTownCode);
		}
		return orgs.findByKindOrderById(OrgKind.TOWN).stream().findFirst().map(OrgSummary::of);
	}

	/** The org itself and, for a district, every town under it. */
	@Transactional(readOnly = true)
	public Set<OrgId> readableFrom(OrgId id) {
		Set<OrgId> result = new LinkedHashSet<>();
		result.add(id);
		orgs.findById(id.value()).filter(o -> o.kind() == OrgKind.DISTRICT)
			.ifPresent(d -> orgs.findByParentIdOrderById(id.value()).forEach(t -> result.add(t.orgId())));
		return result;
	}

	/**
	 * The town whose records a console list shows: the requested one when the user may read it; for a district
	 * user, else the first town of the district; otherwise the user's own town.
	 */
	@Transactional(readOnly = true)
	public OrgId scopeFor(Staff user, @Nullable Long requested) {
		if (requested != null && user.canRead(OrgId.of(requested))) {
			return OrgId.of(requested);
		}
		if (user.isDistrict()) {
			return townsReadableBy(user).stream().map(OrgSummary::id).findFirst().orElse(user.org());
		}
		return user.org();
	}

	/** The towns a user may read, in id order: one for town staff, every town of the district for supervisors. */
	@Transactional(readOnly = true)
	public List<OrgSummary> townsReadableBy(Staff user) {
		return user.readableOrgs().stream()
			.map(this::org)
			.filter(o -> o.kind() == OrgKind.TOWN)
			.sorted(java.util.Comparator.comparingLong(o -> o.id().value()))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<Village> villages(OrgId org) {
		return villages.findByOrgIdOrderById(org.value());
	}

	/** A village of one of the given towns; another town's village is {@link NotFound}, never revealed. */
	@Transactional(readOnly = true)
	public Village village(Set<OrgId> readable, long villageId) {
		return villages.findById(villageId)
			.filter(v -> readable.contains(OrgId.of(v.orgId())))
			.orElseThrow(() -> new NotFound("village"));
	}

	@Transactional(readOnly = true)
	public List<Department> departments(OrgId org) {
		return departments.findByOrgIdOrderById(org.value());
	}

	public OrgSummary createDistrict(String name, String fullName, String creditCode) {
		return create(null, OrgKind.DISTRICT, name, fullName, creditCode);
	}

	/** A town under its district, or without one ({@code district} null) when the deployment serves a single town. */
	public OrgSummary createTown(@Nullable OrgId district, String name, String fullName, String creditCode) {
		if (district == null) {
			return create(null, OrgKind.TOWN, name, fullName, creditCode);
		}
		Org parent = orgs.findById(district.value()).filter(o -> o.kind() == OrgKind.DISTRICT)
			.orElseThrow(() -> new RuleViolation("organization.parent.not-district"));
		return create(parent.orgId().value(), OrgKind.TOWN, name, fullName, creditCode);
	}

	private OrgSummary create(@Nullable Long parent, OrgKind kind, String name, String fullName, String creditCode) {
		CreditCode code = CreditCode.of(creditCode);
		if (orgs.findByCreditCode(code.value()).isPresent()) {
			throw new RuleViolation("organization.creditcode.taken", code.value());
		}
		Org org = orgs.save(new Org(parent, kind, name.trim(), fullName.trim(), code));
		audit.record(AuditRecord.of("organization.org.created", "org", org.orgId(), org.orgId(),
				kind.label() + " " + org.name() + "，统一社会信用代码 " + code));
		return OrgSummary.of(org);
	}

	public void describeSite(OrgId org, SiteDetails site) {
		Org o = orgs.findById(org.value()).orElseThrow(() -> new NotFound("org"));
		SiteDetails before = o.site();
		o.describeSite(site);
		audit.record(AuditRecord.of("organization.site.changed", "org", org, org, before + " → " + site));
	}

	public Village addVillage(OrgId org, String name, Village.Kind kind) {
		String n = name.trim();
		if (villages.existsByOrgIdAndName(org.value(), n)) {
			throw new RuleViolation("organization.village.duplicate", n);
		}
		Village v = villages.save(new Village(org.value(), n, kind));
		audit.record(AuditRecord.of("organization.village.added", "village", v.id(), org, kind.label() + " " + n));
		return v;
	}

	public Department addDepartment(OrgId org, String name) {
		String n = name.trim();
		if (departments.existsByOrgIdAndName(org.value(), n)) {
			throw new RuleViolation("organization.department.duplicate", n);
		}
		Department d = departments.save(new Department(org.value(), n));
		audit.record(AuditRecord.of("organization.department.added", "department", d.id(), org, n));
		return d;
	}
}
