package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiTest;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@FazhiTest
class DisclosurePortalTests {

	static final String HANGU = "115001070093712808";

	@Autowired
	MockMvc mvc;

	@org.springframework.beans.factory.annotation.Value("${fazhi.portal.base-url}")
	String baseUrl;

	@Autowired
	DisclosureService disclosure;

	@Autowired
	DisclosureSearch search;

	@Autowired
	OrganizationService organization;

	OrgId org() {
		return organization.byCreditCode(HANGU).orElseThrow().id();
	}

	Document seedReport() {
		return disclosure.columnPage(org(), disclosure.column(org(), "fzbg").id(), 0, 50).getContent().stream()
			.filter(d -> d.title().equals("含谷镇2023年法治政府建设情况报告")).findFirst().orElseThrow();
	}

	Document publish(String column, String title, String body, String docNumber, LocalDate on) {
		Document d = disclosure.create(org(), "gongkai", disclosure.column(org(), column).id(),
				new Document.Metadata(title, body, docNumber, "综合政务", "通知", "含谷镇", LocalDate.of(2026, 12, 1),
						LocalDate.of(2026, 12, 1), null, null));
		disclosure.submit(org(), "gongkai", d.id());
		disclosure.approve(org(), "shenhe", d.id(), null);
		return disclosure.publishOn(org(), "gongkai", d.id(), on, "测试数据：跨年发布").document();
	}

	static int count(String html, String needle) {
		int n = 0;
		for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + 1)) {
			n++;
		}
		return n;
	}

	@Test
	void theOtherDemoTownsDocumentsNameOnlyThatTown() {
		OrgId jinfeng = organization.byCreditCode("115001070093712995").orElseThrow().id();
		List<Document> published = disclosure.allPublished(jinfeng);
		assertThat(published).isNotEmpty()
			.allSatisfy(d -> assertThat(d.title() + d.bodyText()).doesNotContain("含谷").contains("金凤镇"));
	}

	@Test
	void theMetadataBlockIsShownOnceCompleteAndAsATableWithHeaders() throws Exception {
		Document report = seedReport();
		MvcResult r = mvc.perform(get("/disclosure/doc/" + report.id())).andExpect(status().isOk()).andReturn();
		String html = r.getResponse().getContentAsString();
		for (String label : List.of("索引号", "发文字号", "主题分类", "体裁分类", "发布机构", "有效性", "成文日期", "发布日期")) {
			assertThat(count(html, "<th scope=\"row\">" + label + "</th>")).as(label).isEqualTo(1);
		}
		assertThat(html).contains(report.indexNumber()).contains(HANGU + "/2024-").contains("2024年3月28日");
		assertThat(count(html, "<h1")).isEqualTo(1);
		assertThat(r.getRequest().getSession(false)).as("no server session on the portal").isNull();
	}

	@Test
	void documentPagesAnswerConditionalRequests() throws Exception {
		Document report = seedReport();
		MvcResult first = mvc.perform(get("/disclosure/doc/" + report.id())).andExpect(status().isOk())
			.andExpect(header().exists("Last-Modified")).andReturn();
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		mvc.perform(get("/disclosure/doc/" + report.id()).header("If-None-Match", etag))
			.andExpect(status().isNotModified());
		mvc.perform(get("/disclosure/doc/" + report.id()).header("If-None-Match", etag)
			.cookie(new jakarta.servlet.http.Cookie("fazhi_elder", "1"))).andExpect(status().isOk());
	}

	@Test
	void aScriptInTheBodyNeverReachesThePage() throws Exception {
		Document d = publish("zwdt", "安全测试页面", "<p>正文</p><script>alert('x')</script><img src=x onerror=alert(1)>"
				+ "<a href=\"javascript:alert(1)\">链接</a><iframe src=\"https://evil.example\"></iframe>", "无",
				LocalDate.of(2028, 3, 1));
		String html = mvc.perform(get("/disclosure/doc/" + d.id())).andReturn().getResponse().getContentAsString();
		assertThat(html).doesNotContain("alert(").doesNotContain("<iframe").contains("<p>正文</p>");
	}

	@Test
	void policyAndInterpretationLinkToEachOther() throws Exception {
		Document policy = disclosure.columnPage(org(), disclosure.column(org(), "zcwj").id(), 0, 50).getContent().stream()
			.filter(d -> d.title().contains("矛盾纠纷多元化解工作实施方案") && d.interpretsId() == null).findFirst().orElseThrow();
		Document reading = disclosure.interpretations(policy.id()).get(0);
		assertThat(mvc.perform(get("/disclosure/doc/" + policy.id())).andReturn().getResponse().getContentAsString())
			.contains("/disclosure/doc/" + reading.id()).contains("相关解读");
		assertThat(mvc.perform(get("/disclosure/doc/" + reading.id())).andReturn().getResponse().getContentAsString())
			.contains("/disclosure/doc/" + policy.id());
	}

	@Test
	void catalogColumnPrintFeedAndSitemapAreServed() throws Exception {
		Document report = seedReport();
		mvc.perform(get("/disclosure")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("法治政府建设年度报告")));
		mvc.perform(get("/disclosure/fzbg")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(report.title())));
		mvc.perform(get("/disclosure/no-such-column")).andExpect(status().isNotFound());
		mvc.perform(get("/disclosure/doc/" + report.id() + "/print")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(report.indexNumber())));
		mvc.perform(get("/disclosure/feed.atom")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<feed xmlns=\"http://www.w3.org/2005/Atom\">")));
		mvc.perform(get("/sitemap.xml")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/disclosure/doc/" + report.id() + "</loc>")));
	}

	@Test
	void feedAndSitemapLinkToTheConfiguredPublicAddressWhateverTheHostHeaderSays() throws Exception {
		seedReport();
		for (String path : new String[] { "/disclosure/feed.atom", "/sitemap.xml" }) {
			String body = mvc.perform(get(path).header("Host", "evil.example").with(r -> {
				r.setServerName("evil.example");
				return r;
			})).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			org.assertj.core.api.Assertions.assertThat(body).as(path).doesNotContain("evil.example")
				.contains(">" + baseUrl + "/disclosure");
		}
	}

	@Test
	void searchRanksTheExpectedDocumentsFirstOnAChineseFixtureSet() throws Exception {
		// the demo may have been seeded by another test context of this JVM (shared in-memory database, own index)
		search.reindex();
		LocalDate on = LocalDate.of(2029, 5, 7);
		Document ebike = publish("ggfw", "含谷镇开展电动自行车充电安全专项整治的通告",
				"<p>为防范电动自行车充电引发火灾，镇安办在各小区开展电动自行车充电安全专项整治，严禁入户充电。</p>", "无", on);
		Document gas = publish("zwdt", "含谷镇燃气安全宣传周活动",
				"<p>活动中还提醒群众不要在楼道停放电动自行车。燃气安全人人有责。</p>", "无", on);
		Document river = publish("zcwj", "关于全面推行河长制的实施意见",
				"<p>各村（社区）设立村级河长，定期巡河，及时处置河道垃圾。</p>", "含谷府发〔2029〕77号", on);
		Document petition = publish("ggfw", "含谷镇信访事项网上办理指引",
				"<p>群众可以通过网上信访平台提出信访事项，也可以到镇信访办当面反映。</p>", "无", on);

		var result = search.search(org(), query("电动自行车 充电", null, 2029));
		assertThat(result.hits()).extracting(DisclosureSearch.Hit::id).containsExactly(ebike.id());
		result = search.search(org(), query("电动自行车", null, 2029));
		assertThat(result.hits()).extracting(DisclosureSearch.Hit::id).containsExactly(ebike.id(), gas.id());
		assertThat(result.hits().get(0).snippetHtml()).contains("<mark>电动自行车</mark>");
		assertThat(search.search(org(), query("河长制", null, 2029)).hits().get(0).id()).isEqualTo(river.id());
		assertThat(search.search(org(), query("含谷府发〔2029〕77号", null, null)).hits().get(0).id()).isEqualTo(river.id());
		assertThat(search.search(org(), query("信访", null, 2029)).hits()).extracting(DisclosureSearch.Hit::id)
			.containsExactly(petition.id());
		assertThat(search.search(org(), query("电动自行车", "fzbg", 2029)).total()).isZero();
		// across the demo: the two annual rule-of-law reports come first for 法治政府 报告
		var reports = search.search(org(), query("法治政府 报告", null, null));
		assertThat(reports.hits().subList(0, 2)).extracting(DisclosureSearch.Hit::title)
			.allMatch(t -> t.contains("法治政府建设情况报告"));

		mvc.perform(get("/disclosure/search").param("q", "电动自行车").param("column", "fzbg"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("去掉筛选条件")));
		mvc.perform(get("/api/v1/disclosure/search").param("q", "电动自行车 充电").param("year", "2029"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].title").value(ebike.title()))
			.andExpect(jsonPath("$.items[0].indexNumber").value(ebike.indexNumber()));
		mvc.perform(get("/api/v1/disclosure/search").param("q", "长".repeat(101)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("检索词过长")));
	}

	static DisclosureSearch.Query query(String q, String column, Integer year) {
		return new DisclosureSearch.Query(q, column, null, null, year, null, DisclosureSearch.Order.RELEVANCE, 0);
	}
}
