package org.fazhi;

import java.util.EnumSet;
import java.util.UUID;

import org.fazhi.identity.IdentityService;
import org.fazhi.identity.Role;
import org.fazhi.identity.StaffUser;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;

/** Fresh, uniquely named accounts for tests that change an account (lock it, change its password …). */
public final class TestAccounts {

	public static final String HANGU = "115001070093712808";

	public static final String JINFENG = "115001070093712995";

	public static final String DISTRICT = "11500000MB16008710";

	public static final String DEMO_PASSWORD = "Fazhi@2024";

	/** The district's 审计管理员: sees every town's entries and the installation-level ones. */
	public static final String DISTRICT_AUDITOR = "qu-auditor";

	private TestAccounts() {
	}

	public static String uniqueName(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	public static OrgId org(OrganizationService organization, String creditCode) {
		return organization.byCreditCode(creditCode).orElseThrow().id();
	}

	/** A new 含谷镇 account with the demo password; {@code mustChange} as if an administrator had created it. */
	public static StaffUser create(IdentityService identity, OrganizationService organization, Role role,
			boolean mustChange) {
		String username = uniqueName("t");
		identity.createSystemAccount(org(organization, HANGU), username, "测试" + username, DEMO_PASSWORD,
				EnumSet.of(role), false, mustChange);
		return identity.loadUserByUsername(username);
	}
}
