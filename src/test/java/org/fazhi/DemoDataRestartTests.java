package org.fazhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;

import org.fazhi.identity.IdentityService;
import org.fazhi.identity.Role;
import org.fazhi.organization.OrganizationService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A second start on the same ./data/ keeps what the first one saved and does not load the demo again. */
class DemoDataRestartTests {

	@Test
	void aRestartKeepsUserDataAndDoesNotReseed() throws Exception {
		Path folder = StartupSupport.freshDataFolder("restart");
		String username = TestAccounts.uniqueName("kept");
		long accounts;
		long orgs;
		long villages;
		try (ConfigurableApplicationContext first = StartupSupport.start(folder, "demo")) {
			IdentityService identity = first.getBean(IdentityService.class);
			OrganizationService organization = first.getBean(OrganizationService.class);
			assertThat(identity.loadUserByUsername("gongkai").username()).isEqualTo("gongkai");
			identity.createSystemAccount(TestAccounts.org(organization, TestAccounts.HANGU), username, "重启后仍在",
					"Kept@2024x", EnumSet.of(Role.PETITION), false, false);
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			accounts = count(jdbc, "identity_account");
			orgs = count(jdbc, "organization_org");
			villages = count(jdbc, "organization_village");
		}
		try (ConfigurableApplicationContext second = StartupSupport.start(folder, "demo")) {
			IdentityService identity = second.getBean(IdentityService.class);
			assertThat(identity.loadUserByUsername(username).displayName()).isEqualTo("重启后仍在");
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(count(jdbc, "identity_account")).isEqualTo(accounts);
			assertThat(count(jdbc, "organization_org")).isEqualTo(orgs);
			assertThat(count(jdbc, "organization_village")).isEqualTo(villages);
			assertThat(second.getBean(org.fazhi.audit.AuditTrail.class).verify().intact()).isTrue();
		}
	}

	private static long count(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}
}
