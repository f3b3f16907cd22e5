package org.fazhi.organization;

import org.fazhi.shared.OrgId;
import org.jspecify.annotations.Nullable;

/** A read model of an org for other modules and pages. */
public record OrgSummary(OrgId id, @Nullable OrgId parent, OrgKind kind, String name, String fullName,
		String creditCode, SiteDetails site) {

	static OrgSummary of(Org org) {
		return new OrgSummary(org.orgId(), org.parentId() == null ? null : OrgId.of(org.parentId()), org.kind(),
				org.name(), org.fullName(), org.creditCode(), org.site());
	}
}
