package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.fazhi.FazhiTest;
import org.fazhi.TestAccounts;
import org.fazhi.identity.IdentityService;
import org.fazhi.identity.StaffUser;
import org.fazhi.organization.OrganizationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Console access: sign-in first, then the role, then the org (another town's records do not exist for you). */
@FazhiTest
class AccessControlTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityService identity;

	@Autowired
	OrganizationService organization;

	@Autowired
	ApplicationContext context;

	@Test
	void everyConsoleUrlSendsAnonymousVisitorsToSignIn() throws Exception {
		List<String> checked = new ArrayList<>();
		for (RequestMappingInfo info : context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
			.getHandlerMethods()
			.keySet()) {
			for (var pattern : info.getPathPatternsCondition().getPatterns()) {
				String path = pattern.getPatternString().replaceAll("\\{[^}]+}", "1");
				if (!path.startsWith("/console")) {
					continue;
				}
				var methods = info.getMethodsCondition().getMethods().isEmpty() ? java.util.Set.of(RequestMethod.GET)
						: info.getMethodsCondition().getMethods();
				for (RequestMethod method : methods) {
					MockHttpServletRequestBuilder request = method == RequestMethod.GET ? get(path)
							: post(path).with(csrf());
					mvc.perform(request).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
					checked.add(method + " " + path);
				}
			}
		}
		assertThat(new TreeSet<>(checked)).contains("GET /console", "GET /console/admin/accounts",
				"POST /console/admin/accounts/1/unlock", "GET /console/audit", "POST /console/organization/villages");
	}

	@Test
	void aWrongRoleIsForbidden() throws Exception {
		StaffUser xinfang = identity.loadUserByUsername("xinfang");
		mvc.perform(get("/console/admin/accounts").with(user(xinfang))).andExpect(status().isForbidden());
		mvc.perform(get("/console/admin/accounts/new").with(user(xinfang))).andExpect(status().isForbidden());
		mvc.perform(get("/console/admin/signins").with(user(xinfang))).andExpect(status().isForbidden());
		mvc.perform(get("/console/audit").with(user(xinfang))).andExpect(status().isForbidden());
		mvc.perform(post("/console/audit/verify").with(user(xinfang)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/console/organization/villages").param("name", "不应出现的村").param("kind", "VILLAGE")
			.with(user(xinfang)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/console/organization/departments").param("name", "不应出现的部门").with(user(xinfang))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(organization.villages(xinfang.org())).noneMatch(v -> v.name().equals("不应出现的村"));
		// the role it does hold still works
		mvc.perform(get("/console/organization").with(user(xinfang))).andExpect(status().isOk());
	}

	@Test
	void theAdministratorsDoNotDoEachOthersWork() throws Exception {
		StaffUser admin = identity.loadUserByUsername("admin");
		StaffUser auditor = identity.loadUserByUsername("auditor");
		long gongkai = identity.loadUserByUsername("gongkai").accountId();
		mvc.perform(get("/console/audit").with(user(admin))).andExpect(status().isForbidden());
		mvc.perform(post("/console/admin/accounts/" + gongkai + "/roles").param("roles", "LEADER").with(user(admin))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/console/admin/accounts").with(user(auditor))).andExpect(status().isForbidden());
		mvc.perform(get("/console/audit").with(user(auditor))).andExpect(status().isOk());
	}

	@Test
	void anotherTownsAccountDoesNotExistForYou() throws Exception {
		long gongkai = identity.loadUserByUsername("gongkai").accountId();
		mvc.perform(get("/console/admin/accounts/" + gongkai).with(user(identity.loadUserByUsername("admin"))))
			.andExpect(status().isOk());
		mvc.perform(get("/console/admin/accounts/" + gongkai).with(user(identity.loadUserByUsername("jf-admin"))))
			.andExpect(status().isNotFound());
		mvc.perform(post("/console/admin/accounts/" + gongkai + "/unlock")
			.with(user(identity.loadUserByUsername("jf-admin")))
			.with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void anotherTownsAccountsAreNotListedEvenWhenAskedFor() throws Exception {
		StaffUser jfAdmin = identity.loadUserByUsername("jf-admin");
		long hangu = TestAccounts.org(organization, TestAccounts.HANGU).value();
		mvc.perform(get("/console/admin/accounts").param("org", Long.toString(hangu)).with(user(jfAdmin)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("jf-gongkai")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("xinfang"))));
	}

	@Test
	void anotherTownsVillageDoesNotExistForYou() throws Exception {
		long village = organization.villages(TestAccounts.org(organization, TestAccounts.HANGU)).get(0).id();
		mvc.perform(get("/console/organization/villages/" + village).with(user(identity.loadUserByUsername("admin"))))
			.andExpect(status().isOk());
		mvc.perform(get("/console/organization/villages/" + village).with(user(identity.loadUserByUsername("jf-admin"))))
			.andExpect(status().isNotFound());
		mvc.perform(
				get("/console/organization/villages/" + village).with(user(identity.loadUserByUsername("jf-gongkai"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void theDistrictSupervisorReadsEveryTownButManagesNothing() throws Exception {
		StaffUser ducha = identity.loadUserByUsername("ducha");
		assertThat(ducha.isDistrict()).isTrue();
		long hanguVillage = organization.villages(TestAccounts.org(organization, TestAccounts.HANGU)).get(0).id();
		long jinfengVillage = organization.villages(TestAccounts.org(organization, TestAccounts.JINFENG)).get(0).id();
		mvc.perform(get("/console").with(user(ducha))).andExpect(status().isOk());
		mvc.perform(get("/console/organization").with(user(ducha))).andExpect(status().isOk());
		mvc.perform(get("/console/organization/villages/" + hanguVillage).with(user(ducha))).andExpect(status().isOk());
		mvc.perform(get("/console/organization/villages/" + jinfengVillage).with(user(ducha)))
			.andExpect(status().isOk());
		mvc.perform(post("/console/organization/villages").param("name", "督查不能加的村").param("kind", "VILLAGE")
			.with(user(ducha)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/console/organization/towns").param("name", "新镇").param("fullName", "新镇人民政府")
			.param("creditCode", "115001130093083510").with(user(ducha)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/console/admin/accounts/new").with(user(ducha))).andExpect(status().isForbidden());
		mvc.perform(get("/console/audit").with(user(ducha))).andExpect(status().isForbidden());
	}
}
