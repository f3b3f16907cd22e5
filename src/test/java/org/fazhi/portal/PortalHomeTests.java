package org.fazhi.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.List;

import org.fazhi.FazhiTest;
import org.fazhi.browser.Browser;
import org.fazhi.disclosure.DisclosureColumn;
import org.fazhi.disclosure.DisclosureService;
import org.fazhi.disclosure.Document;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.shell.PageCache;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** The home page: the services' tiles and the newest published items of each 政务公开 column, fast and accessible. */
@FazhiTest
class PortalHomeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DisclosureService disclosure;

	@Autowired
	OrganizationService organization;

	@Autowired
	PageCache pages;

	@LocalServerPort
	int port;

	OrgId org() {
		return organization.byCreditCode("115001070093712808").orElseThrow().id();
	}

	String home() throws Exception {
		return mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	static int count(String html, String needle) {
		int n = 0;
		for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + 1)) {
			n++;
		}
		return n;
	}

	@Test
	void theHomePageListsTheNewestItemsOfEachColumnWithTheirDatesAndKeepsTheTiles() throws Exception {
		String html = home();
		assertThat(count(html, "政务公开 最新信息")).isEqualTo(1);
		assertThat(html).contains("class=\"tiles\"").contains("查询办理进度");
		int columnsShown = 0;
		for (DisclosureColumn c : disclosure.columns(org())) {
			List<Document> newest = disclosure.columnPage(org(), c.id(), 0, 5).getContent();
			if (newest.isEmpty()) {
				assertThat(html).doesNotContain("id=\"home-col-" + c.code() + "\"");
				continue;
			}
			columnsShown++;
			assertThat(count(html, "id=\"home-col-" + c.code() + "\"")).as(c.name()).isEqualTo(1);
			Document first = newest.get(0);
			assertThat(html).contains("href=\"/disclosure/doc/" + first.id() + "\"")
				.contains("datetime=\"" + first.publishedOn() + "\"");
			if (newest.size() > 4) {
				// a few per column, not the whole column
				assertThat(html).doesNotContain("href=\"/disclosure/doc/" + newest.get(4).id() + "\"");
			}
		}
		assertThat(columnsShown).isGreaterThan(5);
	}

	@Test
	void theHomePageIsServedFromTheCacheAndShowsANewPublicationAtOnce() throws Exception {
		home();
		long before = pages.hits();
		home();
		assertThat(pages.hits()).isEqualTo(before + 1);

		// a column whose newest item is not dated after today (other tests publish into the future), so that an
		// item published today is among its newest
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		long column = disclosure.columns(org()).stream()
			.filter(c -> disclosure.columnPage(org(), c.id(), 0, 1).getContent().stream()
				.allMatch(n -> !n.publishedOn().isAfter(today)))
			.findFirst().orElseThrow().id();
		Document d = disclosure.create(org(), "gongkai", column, new Document.Metadata("首页最新信息测试通知",
				"<p>正文</p>", "无", "综合政务", "通知", "含谷镇", today.minusDays(1), today.minusDays(1), null, null));
		disclosure.submit(org(), "gongkai", d.id());
		disclosure.approve(org(), "shenhe", d.id(), null);
		disclosure.publish(org(), "gongkai", d.id(), "测试数据");
		assertThat(home()).contains("首页最新信息测试通知");
	}

	@Test
	void theHomePageHasNoSeriousAccessibilityViolations() throws IOException {
		try (var b = Browser.open("http://localhost:" + port, "portal-home")) {
			b.go("/");
			assertThat(b.driver().findElements(By.cssSelector(".home-news .catalog-column"))).isNotEmpty();
			assertThat(b.seriousAccessibilityViolations()).as("home").isEmpty();
			b.screenshot("home");
			b.driver().findElement(By.cssSelector(".elder-toggle")).click();
			assertThat(b.driver().findElement(By.tagName("body")).getAttribute("class")).contains("elder");
			assertThat(b.seriousAccessibilityViolations()).as("home in 长者模式").isEmpty();
			b.screenshot("home-elder");
		}
	}
}
