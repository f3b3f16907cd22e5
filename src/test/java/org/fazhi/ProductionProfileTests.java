package org.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.fazhi.identity.IdentityService;
import org.fazhi.identity.StaffUser;
import org.fazhi.organization.OrganizationService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** The prod profile never runs with demo accounts, and its first administrator comes from the environment. */
class ProductionProfileTests {

	private static final String CODE = "115001130093083510";

	private static final String SECRET = "--fazhi.secret.key=prod-test-secret-0123456789abcdefghij";

	@Test
	void refusesToStartWithoutTheInitialAdministratorPassword() throws Exception {
		Path folder = StartupSupport.freshDataFolder("prod-nopw");
		assertThatThrownBy(() -> StartupSupport.start(folder, "prod", SECRET, "--fazhi.admin.initial-password=",
				"--fazhi.bootstrap.org-name=", "--fazhi.bootstrap.org-credit-code="))
			.satisfies(e -> assertThat(rootMessage(e)).contains("首次以生产环境启动时")
				.contains("FAZHI_ADMIN_INITIAL_PASSWORD"));
	}

	@Test
	void refusesAWeakInitialPassword() throws Exception {
		Path folder = StartupSupport.freshDataFolder("prod-weak");
		assertThatThrownBy(() -> StartupSupport.start(folder, "prod", SECRET, "--fazhi.admin.initial-password=password",
				"--fazhi.bootstrap.org-name=某某镇", "--fazhi.bootstrap.org-credit-code=" + CODE))
			.satisfies(e -> assertThat(rootMessage(e)).contains("不符合密码策略"));
	}

	@Test
	void createsTheFirstAdministratorFromTheEnvironment() throws Exception {
		Path folder = StartupSupport.freshDataFolder("prod-ok");
		try (ConfigurableApplicationContext app = StartupSupport.start(folder, "prod", SECRET,
				"--fazhi.admin.initial-password=Erst@Passwort1", "--fazhi.bootstrap.org-name=某某镇",
				"--fazhi.bootstrap.org-credit-code=" + CODE)) {
			StaffUser admin = app.getBean(IdentityService.class).loadUserByUsername("admin");
			assertThat(admin.mustChangePassword()).isTrue();
			assertThat(admin.orgName()).isEqualTo("某某镇");
			assertThat(app.getBean(OrganizationService.class).byCreditCode(CODE)).isPresent();
			assertThat(app.getBean(IdentityService.class).anyDemoAccount()).isFalse();
		}
	}

	@Test
	void refusesADatabaseWithDemoAccounts() throws Exception {
		Path folder = StartupSupport.freshDataFolder("prod-demo");
		try (ConfigurableApplicationContext demo = StartupSupport.start(folder, "demo")) {
			assertThat(demo.getBean(IdentityService.class).anyDemoAccount()).isTrue();
		}
		assertThatThrownBy(() -> StartupSupport.start(folder, "prod", SECRET, "--fazhi.admin.initial-password=Erst@Passwort1",
				"--fazhi.bootstrap.org-name=某某镇", "--fazhi.bootstrap.org-credit-code=" + CODE))
			.satisfies(e -> assertThat(rootMessage(e)).contains("演示账户"));
	}

	@Test
	void refusesToStartWithoutADeploymentSecret() throws Exception {
		Path folder = StartupSupport.freshDataFolder("prod-nosecret");
		assertThatThrownBy(() -> StartupSupport.start(folder, "prod", "--fazhi.secret.key=",
				"--fazhi.admin.initial-password=Erst@Passwort1", "--fazhi.bootstrap.org-name=某某镇",
				"--fazhi.bootstrap.org-credit-code=" + CODE))
			.satisfies(e -> assertThat(rootMessage(e)).contains("FAZHI_SECRET_KEY"));
	}

	private static String rootMessage(Throwable e) {
		Throwable t = e;
		StringBuilder all = new StringBuilder();
		while (t != null) {
			all.append(t.getMessage()).append('\n');
			t = t.getCause();
		}
		return all.toString();
	}
}
