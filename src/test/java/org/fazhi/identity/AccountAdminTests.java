package org.fazhi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.fazhi.FazhiTest;
import org.fazhi.TestAccounts;
import org.fazhi.organization.OrganizationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The 系统管理员 creates accounts, the 安全管理员 assigns their roles; bad input is explained on the form. */
@FazhiTest
class AccountAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityService identity;

	@Autowired
	OrganizationService organization;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFormOpens() throws Exception {
		String page = mvc.perform(get("/console/admin/accounts/new").with(user(admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("新建账户").contains("信访").contains("<label for=\"username\">");
	}

	@Test
	void badInputReshowsTheFormWithChineseMessagesAndKeepsTheInput() throws Exception {
		String page = form(post("/console/admin/accounts").param("username", "")
			.param("displayName", "王小明")
			.param("initialPassword", ""));
		assertThat(page).contains("请修改以下内容后再提交").contains("请填写用户名。").contains("请填写初始密码。")
			.contains("请至少选择一个角色。").contains("value=\"王小明\"");
	}

	@Test
	void aWeakInitialPasswordIsExplained() throws Exception {
		String username = TestAccounts.uniqueName("weak");
		String page = form(post("/console/admin/accounts").param("username", username)
			.param("displayName", "王小明")
			.param("initialPassword", "abcdefgh")
			.param("roles", "PETITION"));
		assertThat(page).contains("密码须包含大写字母、小写字母、数字、符号中的至少三类。").contains("value=\"" + username + "\"");
		assertThat(exists(username)).isFalse();
	}

	@Test
	void aBadOrTakenUserNameIsExplained() throws Exception {
		assertThat(form(post("/console/admin/accounts").param("username", "张三")
			.param("displayName", "张三")
			.param("initialPassword", "Start@2024")
			.param("roles", "PETITION"))).contains("用户名为3至32位字母、数字或 . _ - 。");
		assertThat(form(post("/console/admin/accounts").param("username", "xinfang")
			.param("displayName", "重名")
			.param("initialPassword", "Start@2024")
			.param("roles", "PETITION"))).contains("用户名“xinfang”已被使用。");
	}

	@Test
	void combiningAdministrativeAndBusinessRolesIsRefused() throws Exception {
		String username = TestAccounts.uniqueName("sanquan");
		String page = form(post("/console/admin/accounts").param("username", username)
			.param("displayName", "兼职管理员")
			.param("initialPassword", "Start@2024")
			.param("roles", "SYSTEM_ADMIN", "LEADER"));
		assertThat(page).contains("系统管理员、安全管理员、审计管理员须由不同人员担任，且不得兼任业务角色（三权分立）。");
		assertThat(exists(username)).isFalse();
	}

	@Test
	void aNewAccountIsCreatedAuditedAndGetsItsRolesFromTheSecurityAdministrator() throws Exception {
		String username = TestAccounts.uniqueName("new");
		String location = mvc
			.perform(post("/console/admin/accounts").param("username", username)
				.param("displayName", "新同事")
				.param("initialPassword", "Start@2024")
				.param("roles", "PETITION")
				.with(user(admin()))
				.with(csrf()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		StaffUser created = identity.loadUserByUsername(username);
		assertThat(location).isEqualTo("/console/admin/accounts/" + created.accountId());
		assertThat(created.mustChangePassword()).isTrue();
		assertThat(created.roles()).containsExactly(Role.PETITION);
		assertThat(created.org()).isEqualTo(admin().org());
		assertThat(audit("identity.account.created", created.accountId(), "admin")).isEqualTo(1);

		StaffUser security = identity.loadUserByUsername("security");
		mvc.perform(post("/console/admin/accounts/" + created.accountId() + "/roles").param("roles", "PETITION", "MEDIATION")
			.with(user(security))
			.with(csrf())).andExpect(status().isFound());
		assertThat(identity.loadUserByUsername(username).roles()).containsExactlyInAnyOrder(Role.PETITION,
				Role.MEDIATION);
		assertThat(audit("identity.account.roles", created.accountId(), "security")).isEqualTo(1);

		// 三权分立 holds on role changes too: the refusal is shown, the roles stay
		var refused = mvc.perform(post("/console/admin/accounts/" + created.accountId() + "/roles")
			.param("roles", "AUDIT_ADMIN", "PETITION")
			.with(user(security))
			.with(csrf())).andExpect(status().isFound()).andReturn();
		assertThat((String) refused.getFlashMap().get("problem")).contains("三权分立");
		assertThat(identity.loadUserByUsername(username).roles()).containsExactlyInAnyOrder(Role.PETITION,
				Role.MEDIATION);

		// the system administrator who created it cannot change its roles
		mvc.perform(post("/console/admin/accounts/" + created.accountId() + "/roles").param("roles", "LEADER")
			.with(user(admin()))
			.with(csrf())).andExpect(status().isForbidden());
	}

	private StaffUser admin() {
		return identity.loadUserByUsername("admin");
	}

	private String form(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(admin())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("identity/account-new"))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private boolean exists(String username) {
		return jdbc.queryForObject("select count(*) from identity_account where username = ?", Long.class,
				username) > 0;
	}

	private long audit(String action, long accountId, String actor) {
		return jdbc.queryForObject("select count(*) from audit_entry where action = ? and target_id = ? and actor = ?",
				Long.class, action, "" + accountId, actor);
	}
}
