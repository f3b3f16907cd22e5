package org.fazhi.shared;

import java.util.Set;

/**
 * The signed-in staff member as every module sees it (the identity module's principal implements it), so that
 * modules can scope queries by org without depending on identity. Use as
 * {@code @AuthenticationPrincipal Staff user}.
 */
public interface Staff {

	long accountId();

	String username();

	String displayName();

	/** The org the account belongs to: a town, or a district for 区级督查 and district administrators. */
	OrgId org();

	String orgName();

	/** Orgs whose records this user may read: the own town, or every town of the district for supervisors. */
	Set<OrgId> readableOrgs();

	boolean isDistrict();

	boolean can(String authority);

	default boolean canRead(OrgId org) {
		return readableOrgs().contains(org);
	}
}
