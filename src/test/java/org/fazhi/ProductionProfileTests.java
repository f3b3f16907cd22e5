package org.fazhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.List;

import org.fazhi.identity.IdentityService;
import org.fazhi.identity.StaffUser;
import org.fazhi.organization.OrgKind;
import org.fazhi.organization.OrgSummary;
import org.fazhi.organization.OrganizationService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** The prod profile never runs with demo accounts, and its first administrator comes from the environment. */
class ProductionProfileTests {

	private static final String CODE = "115001130093083510";

	private static final String DISTRICT_CODE = "11500000MB16008710";

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
			OrgSummary town = app.getBean(OrganizationService.class).byCreditCode(CODE).orElseThrow();
			assertThat(town.kind()).isEqualTo(OrgKind.TOWN);
			assertThat(town.parent()).isNull();
			assertThat(app.getBean(IdentityService.class).anyDemoAccount()).isFalse();
		}
	}

	/** A fresh production install serves its town: portal pages and the public API answer, none 404 or 500. */
	@Test
	void aFreshProductionInstallServesItsTownUnderTheConfiguredDistrict() throws Exception {
		Path folder = StartupSupport.freshDataFolder("prod-town");
		try (ConfigurableApplicationContext app = StartupSupport.start(folder, "prod", SECRET,
				"--fazhi.admin.initial-password=Erst@Passwort1", "--fazhi.bootstrap.org-name=某某镇",
				"--fazhi.bootstrap.org-credit-code=" + CODE, "--fazhi.bootstrap.district-name=某某区",
				"--fazhi.bootstrap.district-credit-code=" + DISTRICT_CODE)) {
			OrganizationService organization = app.getBean(OrganizationService.class);
			OrgSummary town = organization.byCreditCode(CODE).orElseThrow();
			assertThat(town.kind()).isEqualTo(OrgKind.TOWN);
			assertThat(town.parent()).isEqualTo(organization.byCreditCode(DISTRICT_CODE).orElseThrow().id());
			assertThat(organization.defaultTown()).map(OrgSummary::id).contains(town.id());

			String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
			HttpClient http = HttpClient.newHttpClient();
			for (String page : List.of("/disclosure", "/petitions", "/legal", "/inforequests")) {
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + page)).build(),
						BodyHandlers.ofString());
				assertThat(response.statusCode()).as(page).isEqualTo(200);
				assertThat(response.body()).as(page).contains("某某镇");
			}
			String body = """
					{"petitioners":[{"name":"周九","phone":"13711112222"}],
					 "subject":"灌溉渠堵塞","content":"灌溉渠多处堵塞影响春耕","demand":"请求清淤"}""";
			HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/petitions"))
				.header("Content-Type", "application/json").POST(BodyPublishers.ofString(body)).build(),
					BodyHandlers.ofString());
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			assertThat(created.body()).contains("XF-");
		}
	}

	@Test
	void aTownWithoutADistrictIsAllowedButHalfADistrictIsNot() throws Exception {
		Path folder = StartupSupport.freshDataFolder("prod-half");
		assertThatThrownBy(() -> StartupSupport.start(folder, "prod", SECRET,
				"--fazhi.admin.initial-password=Erst@Passwort1", "--fazhi.bootstrap.org-name=某某镇",
				"--fazhi.bootstrap.org-credit-code=" + CODE, "--fazhi.bootstrap.district-name=某某区"))
			.satisfies(e -> assertThat(rootMessage(e)).contains("FAZHI_BOOTSTRAP_DISTRICT_CREDIT_CODE"));
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
