package org.fazhi.inforequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.Csrf.csrf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.FazhiTest;
import org.fazhi.identity.IdentityService;
import org.fazhi.shared.Staff;
import org.fazhi.support.Staffs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@FazhiTest
class InfoRequestWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityService identity;

	@Autowired
	InfoRequestService service;

	private MockHttpServletRequestBuilder portalForm(String token) {
		return post("/inforequests").with(csrf()).param("token", token).param("applicantType", "CITIZEN")
			.param("name", "张三").param("idType", "RESIDENT_ID").param("idNumber", "110101199003071233")
			.param("phone", "13800138000").param("description", "含谷镇2024年财政预算").param("form", "ELECTRONIC")
			.param("delivery", "ONLINE");
	}

	private static String find(String html, String regex) {
		Matcher m = Pattern.compile(regex).matcher(html);
		assertThat(m.find()).as(regex).isTrue();
		return m.group(1);
	}

	@Test
	void portalFormIsPublicAndSetsNoSessionCookie() throws Exception {
		MvcResult r = mvc.perform(get("/inforequests")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("政府信息公开申请")))
			.andReturn();
		// MockMvc always hands out a mock session; that no JSESSIONID reaches a citizen is checked in the browser test
		assertThat(r.getResponse().getHeaders("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
	}

	@Test
	void aBadFormShowsEveryProblemInChineseAndKeepsTheValues() throws Exception {
		String html = mvc.perform(post("/inforequests").with(csrf()).param("token", "t-" + UUID.randomUUID())
			.param("applicantType", "CITIZEN").param("name", "张三").param("idType", "RESIDENT_ID")
			.param("idNumber", "110101199003071234").param("description", "").param("form", "PAPER")
			.param("delivery", "POST"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("请修改以下内容后再提交").contains("请填写所需政府信息的名称")
			.contains("请至少填写一种联系方式").contains("选择邮寄方式时，请填写通讯地址").contains("value=\"张三\"")
			.contains("110101199003071234");
		assertThat(html).doesNotContain("YSQ-");
	}

	@Test
	void submittingTheSameFormTwiceGivesTheSameReceiptAndTheRequestCanBeTracked() throws Exception {
		String token = UUID.randomUUID().toString();
		String first = mvc.perform(portalForm(token)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		String number = find(first, "(YSQ-\\d{4}-\\d{6})");
		String code = find(first, "class=\"receipt-code\">([2-9A-Z]{8})<");
		String second = mvc.perform(portalForm(token)).andReturn().getResponse().getContentAsString();
		assertThat(find(second, "(YSQ-\\d{4}-\\d{6})")).isEqualTo(number);
		assertThat(first).contains("打印回执").contains("答复期限");

		mvc.perform(get("/api/v1/track/" + number).param("code", code)).andExpect(status().isOk())
			.andExpect(jsonPath("$.trackingNumber").value(number))
			.andExpect(jsonPath("$.timeline[0].what").exists())
			.andExpect(jsonPath("$.dueOn").exists());
		String wrong = mvc.perform(get("/api/v1/track/" + number).param("code", "ZZZZZZZZ"))
			.andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
		String unknown = mvc.perform(get("/api/v1/track/YSQ-1999-999999").param("code", code))
			.andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
		assertThat(wrong.replace("/api/v1/track/" + number, "")).isEqualTo(unknown.replace("/api/v1/track/YSQ-1999-999999", ""));
	}

	@Test
	void apiCreatesWith201HonoursTheIdempotencyKeyAndExplainsBadInputInChinese() throws Exception {
		String body = """
				{"applicant": {"type": "ORGANIZATION", "orgKind": "RESEARCH", "name": "某研究院", "idType": "USCC",
				 "idNumber": "91500107MA60ABCD19", "email": "a@example.cn"},
				 "description": "某文件", "form": "ELECTRONIC", "delivery": "EMAIL"}""";
		String key = UUID.randomUUID().toString();
		String created = mvc.perform(post("/api/v1/info-requests").header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.queryCode").exists())
			.andExpect(jsonPath("$.receivedOn").exists()).andExpect(jsonPath("$.due").exists())
			.andReturn().getResponse().getContentAsString();
		String number = find(created, "(YSQ-\\d{4}-\\d{6})");
		mvc.perform(post("/api/v1/info-requests").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(jsonPath("$.trackingNumber").value(number));

		mvc.perform(post("/api/v1/info-requests").contentType(MediaType.APPLICATION_JSON).content("""
				{"applicant": {"type": "CITIZEN", "name": "", "idType": "RESIDENT_ID", "idNumber": "123"},
				 "description": "", "form": "X", "delivery": "ONLINE"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("application/problem+json")))
			.andExpect(jsonPath("$.errors[?(@.field == 'applicant.name')].message").value("请填写申请人姓名或者名称。"))
			.andExpect(jsonPath("$.errors[?(@.field == 'description')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'form')].message").value("请选择获取信息的形式。"))
			.andExpect(jsonPath("$.errors[?(@.field == 'applicant.idNumber')]").exists());
	}

	@Test
	void staffWorkTheRecordFromListToDeliveredLetterAndAnotherTownGets404() throws Exception {
		Staffs staffs = new Staffs(identity);
		String html = mvc.perform(post("/console/inforequests/new").with(staffs.as("gongkai")).with(csrf())
			.param("channel", "ORDINARY_LETTER").param("receivedOn", "2024-09-25").param("applicantType", "CITIZEN")
			.param("name", "赵六").param("idType", "RESIDENT_ID").param("idNumber", "110101199003071233")
			.param("phone", "13800138000").param("description", "信函申请 " + UUID.randomUUID()).param("form", "PAPER")
			.param("delivery", "PICKUP"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(html.substring(html.lastIndexOf('/') + 1));
		Staff gongkai = staffs.user("gongkai");
		assertThat(service.get(gongkai, id).receivedOn()).isEqualTo(LocalDate.of(2024, 9, 25));

		mvc.perform(get("/console/inforequests").with(staffs.as("gongkai")).param("status", "OPEN_ANY"))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("共 ")));
		String page = mvc.perform(get("/console/inforequests/" + id).with(staffs.as("gongkai"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("110***********1233").doesNotContain("110101199003071233").contains("告知补正");
		mvc.perform(get("/console/inforequests/" + id).with(staffs.as("jf-gongkai"))).andExpect(status().isNotFound());

		mvc.perform(post("/console/inforequests/" + id + "/reply").with(staffs.as("gongkai")).with(csrf())
			.param("result", "NOPE").param("on", "2024-10-10").param("text", "x"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("problem", "请选择答复结果。"));
		mvc.perform(post("/console/inforequests/" + id + "/reply").with(staffs.as("gongkai")).with(csrf())
			.param("result", "DENY_THIRD_PARTY").param("on", "2024-10-10").param("text", "涉及第三方商业秘密"))
			.andExpect(status().is3xxRedirection());
		assertThat(service.get(gongkai, id).result()).isEqualTo(ReplyResult.DENY_THIRD_PARTY);
		byte[] docx = mvc.perform(get("/console/inforequests/" + id + "/letter.docx").with(staffs.as("gongkai")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(InfoRequestLifecycleTests.documentXml(docx)).contains("第二十三条");
		mvc.perform(post("/console/inforequests/" + id + "/deliver").with(staffs.as("gongkai")).with(csrf())
			.param("way", "PICKUP").param("on", "2024-10-11")).andExpect(status().is3xxRedirection());
		assertThat(service.get(gongkai, id).status()).isEqualTo(Status.DELIVERED);

		// the applicant downloads the delivered letter with number and code, no session
		InfoRequest r = service.get(gongkai, id);
		mvc.perform(post("/track").with(csrf()).param("number", r.trackingNumber().value()).param("code",
				r.queryCode().value().toLowerCase()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("政府信息公开申请答复告知书")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("已送达（不予公开")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("内部"))));
		mvc.perform(post("/inforequests/letter").with(csrf()).param("number", r.trackingNumber().value())
			.param("code", r.queryCode().value()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("wordprocessingml")));
		mvc.perform(post("/inforequests/letter").with(csrf()).param("number", r.trackingNumber().value())
			.param("code", "ZZZZZZZZ"))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("未查询到可下载的答复告知书")));
	}

	@Test
	void exportsAndTheAuditedUnmasking() throws Exception {
		Staffs staffs = new Staffs(identity);
		mvc.perform(get("/console/inforequests/export.xlsx").with(staffs.as("gongkai"))).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("spreadsheetml")));
		InfoRequest r = service.register(staffs.user("gongkai"), InfoRequestLifecycleTests.intake("揭示"), org.fazhi.inforequest.Channel.IN_PERSON,
				LocalDate.of(2024, 9, 25));
		mvc.perform(post("/console/inforequests/" + r.id() + "/reveal").with(staffs.as("gongkai")).with(csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("revealed", "110101199003071233"));
		mvc.perform(get("/console/inforequests").with(staffs.as("tiaojie"))).andExpect(status().isForbidden());
	}

	@Test
	void annualReportPageShowsTheDemoYearChecksTheTablesAndKeepsTypedInFigures() throws Exception {
		Staffs staffs = new Staffs(identity);
		String html = mvc.perform(get("/console/inforequests/report").param("year", "2023").with(staffs.as("gongkai")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains(RequestTable.CAPTION).contains("表格校验通过").contains("手工填报")
			.contains("（二）部分公开（区分处理的，只计这一情形，不计其他情形）").contains("四、结转下年度继续办理");
		mvc.perform(post("/console/inforequests/report/2022/manual").with(staffs.as("gongkai")).with(csrf())
			.param("t2_license", "abc"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("problem", "请填写不小于零的数字。"));
		mvc.perform(post("/console/inforequests/report/2022/manual").with(staffs.as("gongkai")).with(csrf())
			.param("t2_license", "12").param("t2_fee", "1.25").param("t4_review_upheld", "1").param("t4_review_total", "2"))
			.andExpect(status().is3xxRedirection());
		String after = mvc.perform(get("/console/inforequests/report").param("year", "2022").with(staffs.as("gongkai")))
			.andReturn().getResponse().getContentAsString();
		assertThat(after).contains("value=\"12\"").contains("value=\"1.25\"").contains("表四 行政复议：总计 2 不等于各项之和 1");
		mvc.perform(get("/console/inforequests/report/2023.xlsx").with(staffs.as("gongkai"))).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("spreadsheetml")));
		byte[] docx = mvc.perform(get("/console/inforequests/report/2022.docx").with(staffs.as("gongkai")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(InfoRequestLifecycleTests.documentXml(docx)).contains("收到和处理政府信息公开申请情况").contains("1.25");
	}

	@Test
	void theRecordPageAndTheTrackingPageOfAPausedExtendedRequestSayPausedNotOverdueWithoutA500_OgiArt33() throws Exception {
		Staffs staffs = new Staffs(identity);
		InfoRequest r = service.register(staffs.user("gongkai"), InfoRequestLifecycleTests.intake("暂停页面"),
				Channel.IN_PERSON, LocalDate.of(2024, 9, 25));
		service.extend(staffs.user("leader"), r.id(), 20, "需调取档案", LocalDate.of(2024, 10, 10), LocalDate.of(2024, 10, 10));
		service.noticeFee(staffs.user("gongkai"), r.id(), LocalDate.of(2024, 10, 11), new java.math.BigDecimal("100"));
		service.consultThirdParty(staffs.user("gongkai"), r.id(), LocalDate.of(2024, 10, 14), "某公司");
		mvc.perform(get("/console/inforequests/" + r.id()).with(staffs.as("gongkai")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已暂停")))
			.andExpect(content().string(containsString("（等待：征求第三方意见）")))
			.andExpect(content().string(containsString("当前暂停计时（征求第三方意见）")))
			// the extension line rendered as text (it was a template error: a 500 on every extended request)
			.andExpect(content().string(containsString("需调取档案；2024年10月10日告知申请人")))
			.andExpect(content().string(containsString("2024年10月11日发出缴费通知")));
		mvc.perform(post("/track").param("number", r.trackingNumber().value()).param("code", r.queryCode().value())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("暂停计时（征求第三方意见）")));
	}
}
