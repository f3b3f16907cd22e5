package org.fazhi.identity;

import java.util.Arrays;
import java.util.EnumSet;

import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.CreditCode;
import org.fazhi.shared.OrgId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Startup safety. In production ({@code prod} profile) the system refuses to run while any demo account exists,
 * and a database without accounts gets its first 系统管理员 only from the environment:
 * {@code FAZHI_ADMIN_INITIAL_PASSWORD} (changed at first sign-in), bound to the town named by
 * {@code FAZHI_BOOTSTRAP_ORG_NAME} and {@code FAZHI_BOOTSTRAP_ORG_CREDIT_CODE}. The bootstrap org is a TOWN, because
 * the town is the tenant the portal, the forms and the public API serve; a district only supervises towns. Its
 * district is optional ({@code FAZHI_BOOTSTRAP_DISTRICT_NAME} and {@code FAZHI_BOOTSTRAP_DISTRICT_CREDIT_CODE},
 * both or neither).
 */
@Component
@Order(0)
class AccountBootstrap implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(AccountBootstrap.class);

	private final IdentityService identity;

	private final OrganizationService organization;

	private final Environment environment;

	private final @Nullable String initialPassword;

	private final @Nullable String orgName;

	private final @Nullable String orgCreditCode;

	private final @Nullable String districtName;

	private final @Nullable String districtCreditCode;

	AccountBootstrap(IdentityService identity, OrganizationService organization, Environment environment,
			@Value("${fazhi.admin.initial-password:}") @Nullable String initialPassword,
			@Value("${fazhi.bootstrap.org-name:}") @Nullable String orgName,
			@Value("${fazhi.bootstrap.org-credit-code:}") @Nullable String orgCreditCode,
			@Value("${fazhi.bootstrap.district-name:}") @Nullable String districtName,
			@Value("${fazhi.bootstrap.district-credit-code:}") @Nullable String districtCreditCode) {
		this.identity = identity;
		this.organization = organization;
		this.environment = environment;
		this.initialPassword = initialPassword;
		this.orgName = orgName;
		this.orgCreditCode = orgCreditCode;
		this.districtName = districtName;
		this.districtCreditCode = districtCreditCode;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!environment.acceptsProfiles(Profiles.of("prod"))) {
			return;
		}
		if (environment.acceptsProfiles(Profiles.of("demo"))) {
			throw new IllegalStateException("生产环境（prod）不能与演示环境（demo）同时启用。");
		}
		if (identity.anyDemoAccount()) {
			throw new IllegalStateException("数据库中存在演示账户，生产环境拒绝启动。请使用不含演示数据的数据库。");
		}
		if (identity.anyAccount()) {
			return;
		}
		if (blank(initialPassword) || blank(orgName) || blank(orgCreditCode)) {
			throw new IllegalStateException("首次以生产环境启动时，须通过环境变量 FAZHI_ADMIN_INITIAL_PASSWORD、"
					+ "FAZHI_BOOTSTRAP_ORG_NAME 和 FAZHI_BOOTSTRAP_ORG_CREDIT_CODE 提供初始管理员密码和本单位信息。");
		}
		PasswordPolicy.problemWith(initialPassword, "admin").ifPresent(problem -> {
			throw new IllegalStateException("FAZHI_ADMIN_INITIAL_PASSWORD 不符合密码策略：至少 8 位，"
					+ "含大写字母、小写字母、数字、符号中的三类。");
		});
		if (blank(districtName) != blank(districtCreditCode)) {
			throw new IllegalStateException("FAZHI_BOOTSTRAP_DISTRICT_NAME 和 FAZHI_BOOTSTRAP_DISTRICT_CREDIT_CODE "
					+ "须同时提供（本镇所属的区县），或者都不提供。");
		}
		@Nullable OrgId district = blank(districtName) ? null : district(districtName, CreditCode.of(districtCreditCode));
		var code = CreditCode.of(orgCreditCode);
		var org = organization.byCreditCode(code.value())
			.orElseGet(() -> organization.createTown(district, orgName, orgName, code.value()));
		identity.createSystemAccount(org.id(), "admin", "系统管理员", initialPassword,
				EnumSet.copyOf(Arrays.asList(Role.SYSTEM_ADMIN)), false, true);
		LOG.info("Created the initial system administrator 'admin' for {}; the password must be changed at first sign-in",
				orgName);
	}

	private OrgId district(String name, CreditCode code) {
		return organization.byCreditCode(code.value())
			.orElseGet(() -> organization.createDistrict(name, name, code.value()))
			.id();
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}
}
