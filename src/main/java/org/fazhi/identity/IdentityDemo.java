package org.fazhi.identity;

import java.util.EnumSet;

import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.DemoSeeder;
import org.fazhi.shared.OrgId;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** One demo account per role (README lists them); password {@value #PASSWORD} for all. */
@Component
@Profile("demo")
class IdentityDemo implements DemoSeeder {

	static final String PASSWORD = "Fazhi@2024";

	private final IdentityService identity;

	private final OrganizationService organization;

	IdentityDemo(IdentityService identity, OrganizationService organization) {
		this.identity = identity;
		this.organization = organization;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public void seed() {
		OrgId hangu = organization.byCreditCode("115001070093712808").orElseThrow().id();
		OrgId jinfeng = organization.byCreditCode("115001070093712995").orElseThrow().id();
		OrgId district = organization.byCreditCode("11500000MB16008710").orElseThrow().id();
		account(hangu, "admin", "系统管理员（含谷镇）", Role.SYSTEM_ADMIN);
		account(hangu, "security", "安全管理员（含谷镇）", Role.SECURITY_ADMIN);
		account(hangu, "auditor", "审计管理员（含谷镇）", Role.AUDIT_ADMIN);
		account(hangu, "leader", "王镇长", Role.LEADER);
		account(hangu, "gongkai", "李政务公开员", Role.DISCLOSURE);
		account(hangu, "xinfang", "张信访专干", Role.PETITION);
		account(hangu, "tiaojie", "陈司法所长", Role.MEDIATION);
		account(hangu, "zhifa", "刘执法队员", Role.ENFORCEMENT);
		account(hangu, "shenhe", "赵法制审核员", Role.LEGAL_REVIEW);
		account(hangu, "guwen", "周律师（法律顾问）", Role.LEGAL_ADVISOR);
		account(jinfeng, "jf-gongkai", "金凤镇政务公开员", Role.DISCLOSURE);
		account(jinfeng, "jf-admin", "系统管理员（金凤镇）", Role.SYSTEM_ADMIN);
		account(district, "ducha", "区司法局督查员", Role.DISTRICT_SUPERVISOR);
		account(district, "qu-xinfang", "区信访办复查复核专干", Role.DISTRICT_PETITION);
		account(district, "district-admin", "系统管理员（高新区）", Role.SYSTEM_ADMIN);
		// sees every town's entries and the installation-level ones (failed sign-ins with unknown user names)
		account(district, "qu-auditor", "审计管理员（高新区）", Role.AUDIT_ADMIN);
	}

	private void account(OrgId org, String username, String name, Role role) {
		identity.createSystemAccount(org, username, name, PASSWORD, EnumSet.of(role), true, false);
	}
}
