package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.fazhi.FazhiTest;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.shell.PageCache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The kept HTML of portal pages: served again with its security headers, never stale after a change. */
@FazhiTest
class PortalPageCacheTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DisclosureService disclosure;

	@Autowired
	OrganizationService organization;

	@Autowired
	PageCache pages;

	OrgId org() {
		return organization.byCreditCode(DisclosurePortalTests.HANGU).orElseThrow().id();
	}

	Document publish(String title) {
		Document d = disclosure.create(org(), "gongkai", disclosure.column(org(), "zwdt").id(),
				new Document.Metadata(title, "<p>缓存测试正文</p>", "无", "综合政务", "通知", "含谷镇", LocalDate.of(2026, 12, 1),
						LocalDate.of(2026, 12, 1), null, null));
		disclosure.submit(org(), "gongkai", d.id());
		disclosure.approve(org(), "shenhe", d.id(), null);
		return disclosure.publishOn(org(), "gongkai", d.id(), LocalDate.of(2029, 1, 5), "测试数据：跨年发布").document();
	}

	String page(String url, Cookie... cookies) throws Exception {
		var req = get(url);
		if (cookies.length > 0) {
			req = req.cookie(cookies);
		}
		return mvc.perform(req).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void aRepeatedViewIsServedFromTheCacheWithTheSameBytesAndSecurityHeaders() throws Exception {
		Document d = publish("页面缓存测试一");
		String url = "/disclosure/doc/" + d.id();
		String first = page(url);
		long before = pages.hits();
		MvcResult again = mvc.perform(get(url)).andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Vary", "Cookie"))
			.andExpect(header().exists("ETag"))
			.andReturn();
		assertThat(pages.hits()).isEqualTo(before + 1);
		assertThat(again.getResponse().getContentAsString()).isEqualTo(first);
		assertThat(again.getResponse().getContentType()).startsWith("text/html");
		assertThat(again.getRequest().getSession(false)).isNull();

		// browsers get the copy compressed when it was kept
		MvcResult gz = mvc.perform(get(url).header("Accept-Encoding", "gzip, deflate, br")).andExpect(status().isOk())
			.andExpect(header().string("Content-Encoding", "gzip")).andReturn();
		try (var in = new java.util.zip.GZIPInputStream(
				new java.io.ByteArrayInputStream(gz.getResponse().getContentAsByteArray()))) {
			assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(first);
		}
		assertThat(gz.getResponse().getHeaders("Vary")).contains("Accept-Encoding");
		before++;

		// a conditional request is answered from the cache as well
		String etag = again.getResponse().getHeader("ETag");
		mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isNotModified());
		assertThat(pages.hits()).isEqualTo(before + 2);
	}

	@Test
	void theElderVariantIsKeptApart() throws Exception {
		Document d = publish("页面缓存测试二");
		String url = "/disclosure/doc/" + d.id();
		String normal = page(url);
		String elder = page(url, new Cookie("fazhi_elder", "1"));
		String elderAgain = page(url, new Cookie("fazhi_elder", "1"));
		String normalAgain = page(url);
		assertThat(elder).isNotEqualTo(normal).contains("标准模式");
		assertThat(normal).doesNotContain("标准模式");
		assertThat(elderAgain).isEqualTo(elder);
		assertThat(normalAgain).isEqualTo(normal);
	}

	@Test
	void publishingWithdrawingAndValidityChangesAreVisibleAtOnce() throws Exception {
		Document d = publish("页面缓存测试三");
		String url = "/disclosure/doc/" + d.id();
		assertThat(page(url)).contains("有效").doesNotContain(Validity.REPEALED.label());
		page("/disclosure/zwdt");
		disclosure.changeValidity(org(), "gongkai", d.id(), Validity.REPEALED, LocalDate.of(2029, 2, 1), null);
		assertThat(page(url)).contains(Validity.REPEALED.label());
		Document other = publish("页面缓存测试三之新条目");
		assertThat(page("/disclosure/zwdt")).contains(other.title());
		disclosure.withdraw(org(), "gongkai", d.id(), "测试撤回");
		mvc.perform(get(url)).andExpect(status().isGone());
	}

	@Test
	void signedInVisitorsAndTheConsoleAreNeverServedFromTheCache() throws Exception {
		Document d = publish("页面缓存测试四");
		String url = "/disclosure/doc/" + d.id();
		page(url);
		long before = pages.hits();
		mvc.perform(get(url).cookie(new Cookie("FAZHI_SESSION", "abc"))).andExpect(status().isOk());
		assertThat(pages.hits()).isEqualTo(before);
		mvc.perform(get("/console/disclosure")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/console/disclosure")).andExpect(status().is3xxRedirection());
		assertThat(pages.hits()).isEqualTo(before);
	}
}
