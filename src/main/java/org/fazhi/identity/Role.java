package org.fazhi.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Roles and the permissions they grant. The three administrative roles (三权分立) are kept apart from each
 * other and from business work: see {@link #compatible(Set)}.
 */
public enum Role {

	SYSTEM_ADMIN("系统管理员", "organization:manage", "identity:accounts", "console:home"),
	SECURITY_ADMIN("安全管理员", "identity:accounts:read", "identity:roles", "identity:signins", "console:home"),
	AUDIT_ADMIN("审计管理员", "audit:read", "identity:signins", "console:home"),
	LEADER("领导", "console:home", "organization:read", "leader:approve", "supervise", "report:read"),
	DISCLOSURE("政务公开", "console:home", "organization:read", "disclosure:edit", "disclosure:review",
			"inforequest:handle"),
	PETITION("信访", "console:home", "organization:read", "petition:handle", "petition:identity"),
	MEDIATION("调解/司法所", "console:home", "organization:read", "mediation:handle", "legalservice:handle"),
	ENFORCEMENT("行政执法", "console:home", "organization:read", "enforcement:handle"),
	LEGAL_REVIEW("法制审核", "console:home", "organization:read", "legalreview:review"),
	LEGAL_ADVISOR("法律顾问", "console:home", "legalreview:advise"),
	DISTRICT_SUPERVISOR("区级督查", "console:home", "organization:read", "district:read", "report:read"),
	/** The district's 信访 office: decides 复查/复核 of its towns' petitions (信访工作条例 Arts. 35–36). */
	DISTRICT_PETITION("区信访", "console:home", "organization:read", "district:read", "petition:review");

	private static final Set<Role> ADMINISTRATIVE = EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN);

	/**
	 * Permissions over installation-wide settings (the working-day calendar and statutory clock rules, the search
	 * index of the whole deployment): they change every town's records, so a role grants them only to an account
	 * of a district, never to a town's administrator.
	 */
	private static final List<String> SYSTEM_ADMIN_INSTALLATION = List.of("calendar:manage", "installation:admin");

	private final String label;

	private final List<String> permissions;

	Role(String label, String... permissions) {
		this.label = label;
		this.permissions = List.of(permissions);
	}

	public String label() {
		return label;
	}

	public List<String> permissions() {
		return permissions;
	}

	/** What the role grants in addition when held by an account of a district (see {@link #SYSTEM_ADMIN_INSTALLATION}). */
	public List<String> installationPermissions() {
		return this == SYSTEM_ADMIN ? SYSTEM_ADMIN_INSTALLATION : List.of();
	}

	/**
	 * 三权分立: an account holds at most one administrative role, and an administrator does no business work, so
	 * that nobody can both change the system and cover the traces (等保 2.0 separation of duties).
	 */
	public static boolean compatible(Set<Role> roles) {
		long admin = roles.stream().filter(ADMINISTRATIVE::contains).count();
		return admin == 0 || (admin == 1 && roles.size() == 1);
	}
}
