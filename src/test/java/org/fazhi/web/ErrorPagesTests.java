package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.fazhi.FazhiTest;
import org.fazhi.identity.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Errors are answered in Chinese for people and as RFC 9457 problem JSON for programs; never a stack trace. */
@FazhiTest
class ErrorPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityService identity;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anUnknownPageIsAChinese404PageWithoutStackTrace() throws Exception {
		HttpResponse<String> response = send("/no-such-page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
		assertThat(response.body()).contains("lang=\"zh-CN\"").contains("页面不存在").contains("返回首页");
		assertNoInternals(response.body());
	}

	@Test
	void anUnknownApiPathIsProblemJson() throws Exception {
		HttpResponse<String> response = send("/api/unknown");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":404").contains("\"detail\":\"").contains("不存在");
		assertNoInternals(response.body());
	}

	@Test
	void aForbiddenPageIsAChinese403Page() throws Exception {
		// signed in as 信访 through the real sign-in form, then opening the audit log
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new java.net.CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(url("/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		String token = login.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		assertThat(token).doesNotContain("<");
		HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(url("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=xinfang&password=Fazhi%402024&_csrf=" + token))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console"));
		HttpResponse<String> audit = browser.send(HttpRequest.newBuilder(url("/console/audit")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(audit.statusCode()).isEqualTo(403);
		assertThat(audit.body()).contains("没有访问权限").contains("安全管理员");
		assertNoInternals(audit.body());
	}

	@Test
	void aRuleViolationOnAFormShowsTheChineseMessage() throws Exception {
		var admin = identity.loadUserByUsername("admin");
		// 含谷村 exists in the demo data: adding it again breaks a rule, the page says which
		MvcResult result = mvc
			.perform(post("/console/organization/villages").param("name", "含谷村").param("kind", "VILLAGE")
				.with(user(admin))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/console/organization"))
			.andReturn();
		String page = mvc.perform(get("/console/organization").with(user(admin)).flashAttrs(result.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("本镇已有名为“含谷村”的村（社区）。");
	}

	@Test
	void aRuleViolationOutsideAFormIsAChinesePage() throws Exception {
		// a town administrator may not add towns: the rule's message, status 422, no stack trace
		String page = mvc.perform(post("/console/organization/towns").param("name", "新镇")
			.param("fullName", "新镇人民政府")
			.param("creditCode", "115001130093083510")
			.with(user(identity.loadUserByUsername("admin")))
			.with(csrf())).andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("只有区县一级的系统管理员可以添加乡镇（街道）。").contains("无法办理");
		assertNoInternals(page);
	}

	private static void assertNoInternals(String body) {
		assertThat(body).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("Whitelabel")
			.doesNotContain("trace");
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> send(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}
}
