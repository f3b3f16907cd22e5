package org.fazhi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fazhi.FazhiTest;
import org.fazhi.TestAccounts;
import org.fazhi.organization.OrganizationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Staff sign-in: guessing slowed per address and name (never a lock), first-sign-in password change, sign-in log. */
@FazhiTest
class SignInTests {

	private static final String PASSWORD = TestAccounts.DEMO_PASSWORD;

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityService identity;

	@Autowired
	OrganizationService organization;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theRightPasswordSignsInAndIsLogged() throws Exception {
		StaffUser fresh = TestAccounts.create(identity, organization, Role.PETITION, false);
		mvc.perform(signIn(fresh.username(), PASSWORD))
			.andExpect(authenticated().withUsername(fresh.username()))
			.andExpect(redirectedUrl("/console"));
		assertThat(signIns(fresh.username(), "SUCCESS")).isEqualTo(1);
		assertThat(audit("identity.signin", fresh.accountId())).isEqualTo(1);
	}

	@Test
	void wrongPasswordsNeverLockTheAccountTheyOnlySlowTheGuessersAddress() throws Exception {
		StaffUser fresh = TestAccounts.create(identity, organization, Role.SECURITY_ADMIN, false);
		String attacker = "198.19.1." + System.nanoTime() % 250;
		for (int i = 1; i <= 5; i++) {
			mvc.perform(signIn(fresh.username(), "Wrong@" + i).with(from(attacker)))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
		}
		// the guesser's sixth try is not even checked, the right password included
		var refused = mvc.perform(signIn(fresh.username(), PASSWORD).with(from(attacker)))
			.andExpect(status().isTooManyRequests())
			.andExpect(unauthenticated())
			.andReturn().getResponse();
		assertThat(refused.getHeader("Retry-After")).isNotBlank();
		// the account itself is not locked: its owner signs in from their own address at once
		assertThat(identity.isLocked(fresh.username())).isFalse();
		mvc.perform(signIn(fresh.username(), PASSWORD)).andExpect(authenticated().withUsername(fresh.username()));
		assertThat(signIns(fresh.username(), "BAD_CREDENTIALS")).isEqualTo(5);
		assertThat(audit("identity.signin.failed", fresh.accountId())).isEqualTo(5);
	}

	@Test
	void anUnknownNameAnswersExactlyLikeAnExistingOneAlsoWhenThrottled() throws Exception {
		StaffUser fresh = TestAccounts.create(identity, organization, Role.PETITION, false);
		String nobody = TestAccounts.uniqueName("nobody");
		String a = "198.19.2." + System.nanoTime() % 250;
		String b = "198.19.3." + System.nanoTime() % 250;
		for (int i = 1; i <= 7; i++) {
			var known = mvc.perform(signIn(fresh.username(), "Wrong@" + i).with(from(a))).andReturn().getResponse();
			var unknown = mvc.perform(signIn(nobody, "Wrong@" + i).with(from(b))).andReturn().getResponse();
			assertThat(unknown.getStatus()).as("try %d", i).isEqualTo(known.getStatus());
			assertThat(unknown.getRedirectedUrl()).isEqualTo(known.getRedirectedUrl());
			assertThat(unknown.getHeader("Retry-After") != null).isEqualTo(known.getHeader("Retry-After") != null);
		}
	}

	@Test
	void oneAddressTryingManyNamesIsSlowedDown() throws Exception {
		String address = "198.19.4." + System.nanoTime() % 250;
		int refused = 0;
		for (int i = 0; i < 25; i++) {
			int status = mvc.perform(signIn(TestAccounts.uniqueName("spray"), "Wrong@123").with(from(address)))
				.andReturn().getResponse().getStatus();
			refused += status == 429 ? 1 : 0;
		}
		assertThat(refused).isEqualTo(5);
	}

	@Test
	void theLoginPageNeverSaysWhetherANameExists() throws Exception {
		assertThat(page(get("/login").param("error", ""))).contains("用户名或密码错误").doesNotContain("锁定");
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void anUnknownUserAndAWrongPasswordGetTheSameAnswer() throws Exception {
		String nobody = TestAccounts.uniqueName("nobody");
		mvc.perform(signIn(nobody, "Wrong@123"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		assertThat(signIns(nobody, "BAD_CREDENTIALS")).isEqualTo(1);
	}

	@Test
	void anInitialPasswordMustBeChangedBeforeAnythingElse() throws Exception {
		StaffUser fresh = TestAccounts.create(identity, organization, Role.LEADER, true);
		MockHttpSession session = (MockHttpSession) mvc.perform(signIn(fresh.username(), PASSWORD))
			.andExpect(authenticated())
			.andExpect(redirectedUrl("/console/password?first"))
			.andReturn()
			.getRequest()
			.getSession(false);
		assertThat(session).isNotNull();
		for (String path : new String[] { "/console", "/console/organization", "/console/audit" }) {
			mvc.perform(get(path).session(session)).andExpect(redirectedUrl("/console/password?first"));
		}
		assertThat(page(get("/console/password").param("first", "").session(session))).contains("新密码");

		// policy violations are explained in Chinese, next to the field
		assertThat(change(session, "short1A", "short1A")).contains("密码至少8位。");
		assertThat(change(session, "abcdefghij", "abcdefghij")).contains("密码须包含大写字母、小写字母、数字、符号中的至少三类。");
		assertThat(change(session, fresh.username() + "@A1", fresh.username() + "@A1")).contains("密码不能包含用户名。");
		assertThat(change(session, "Neue@Pass1", "Neue@Pass2")).contains("两次填写的新密码不一致。");
		assertThat(change(session, PASSWORD, PASSWORD)).contains("新密码不能与当前密码相同。");
		mvc.perform(post("/console/password").param("current", "Wrong@2024")
			.param("next", "Neue@Pass1")
			.param("repeat", "Neue@Pass1")
			.session(session)
			.with(csrf())).andExpect(status().isOk());
		mvc.perform(get("/console").session(session)).andExpect(redirectedUrl("/console/password?first"));

		mvc.perform(post("/console/password").param("current", PASSWORD)
			.param("next", "Neue@Pass1")
			.param("repeat", "Neue@Pass1")
			.session(session)
			.with(csrf())).andExpect(redirectedUrl("/console"));
		assertThat(page(get("/console").session(session))).contains("我的待办");
		assertThat(identity.loadUserByUsername(fresh.username()).mustChangePassword()).isFalse();
		assertThat(audit("identity.password.changed", fresh.accountId())).isEqualTo(1);

		mvc.perform(signIn(fresh.username(), PASSWORD)).andExpect(unauthenticated());
		mvc.perform(signIn(fresh.username(), "Neue@Pass1")).andExpect(redirectedUrl("/console"));
	}

	@Test
	void signingOutIsLoggedAndLeadsToTheSignInPage() throws Exception {
		StaffUser fresh = TestAccounts.create(identity, organization, Role.MEDIATION, false);
		MockHttpSession session = (MockHttpSession) mvc.perform(signIn(fresh.username(), PASSWORD))
			.andReturn()
			.getRequest()
			.getSession(false);
		mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
		assertThat(signIns(fresh.username(), "SIGN_OUT")).isEqualTo(1);
		assertThat(audit("identity.signout", fresh.accountId())).isEqualTo(1);
		assertThat(audit("identity.session.expired", fresh.accountId())).isZero();
	}

	@Test
	void theSessionIdChangesAtSignIn() throws Exception {
		StaffUser fresh = TestAccounts.create(identity, organization, Role.MEDIATION, false);
		MockHttpSession before = new MockHttpSession();
		String id = before.getId();
		MockHttpSession after = (MockHttpSession) mvc
			.perform(post("/login").param("username", fresh.username())
				.param("password", PASSWORD)
				.session(before)
				.with(csrf()))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession(false);
		assertThat(after.getId()).isNotEqualTo(id);
	}

	/** The sign-in form as a browser posts it (not spring-security-test's formLogin(), see {@link org.fazhi.Csrf}). */
	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String username,
			String password) {
		return post("/login").param("username", username).param("password", password).with(csrf());
	}

	private String change(MockHttpSession session, String next, String repeat) throws Exception {
		return mvc
			.perform(post("/console/password").param("current", PASSWORD)
				.param("next", next)
				.param("repeat", repeat)
				.session(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long signIns(String username, String outcome) {
		return jdbc.queryForObject("select count(*) from identity_signin where username = ? and outcome = ?", Long.class,
				username, outcome);
	}

	private long audit(String action, long accountId) {
		return jdbc.queryForObject("select count(*) from audit_entry where action = ? and target_id = ?", Long.class,
				action, "" + accountId);
	}
}
