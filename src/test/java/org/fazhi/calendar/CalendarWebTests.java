package org.fazhi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.fazhi.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiTest;
import org.fazhi.identity.IdentityService;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.Urgency;
import org.fazhi.shared.WorkItem;
import org.fazhi.support.Staffs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Read-only pages, the public API and the calculator on the shared test context. Entering a year changes the
 * calendar for every test, so that is tested in its own database ({@link CalendarYearEntryTests}).
 */
@FazhiTest
class CalendarWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityService identity;

	@Autowired
	CalendarWarnings warnings;

	@Test
	void apiAnswersTwentyWorkingDaysWithTheSkippedHolidays_OgiArt33() throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline").param("start", "2024-10-01").param("n", "20").param("unit",
				"WORKDAYS"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.start").value("2024-10-01"))
			.andExpect(jsonPath("$.n").value(20))
			.andExpect(jsonPath("$.unit").value("WORKDAYS"))
			.andExpect(jsonPath("$.due").value("2024-11-01"))
			.andExpect(jsonPath("$.dueWeekday").value("星期五"))
			.andExpect(jsonPath("$.skipped[*].holiday", hasItem("国庆节")))
			.andExpect(jsonPath("$.skipped[*].date", hasItem("2024-10-12")))
			.andExpect(jsonPath("$.explanation[0]", containsString("适用规则")));
	}

	@Test
	void apiCountsAPeriodInMonthsAndRunsPastNationalDay_CivilProcedureArt85() throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline").param("start", "2024-09-01").param("n", "1").param("unit",
				"MONTHS"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit").value("MONTHS"))
			.andExpect(jsonPath("$.due").value("2024-10-08"))
			.andExpect(jsonPath("$.explanation[*]", hasItem(containsString("按月计算"))));
		mvc.perform(get("/calendar").param("rule", "custom").param("start", "2024-01-31").param("n", "1").param("unit",
				"MONTHS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2024年2月29日")));
	}

	@Test
	void apiRunsAPeriodInDaysToTheNextWorkingDay_CivilProcedureArt85() throws Exception {
		// 60 日 after 2024-08-02 is 国庆 2024-10-01; the period ends on 2024-10-08
		mvc.perform(get("/api/v1/calendar/deadline").param("start", "2024-08-02").param("n", "60").param("unit", "DAYS"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.due").value("2024-10-08"));
	}

	@Test
	void apiUsesAConfiguredRule_PetitionRegulationArt34() throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline").param("start", "2024-08-02").param("rule", "petition.handling"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rule").value("petition.handling"))
			.andExpect(jsonPath("$.n").value(60))
			.andExpect(jsonPath("$.unit").value("DAYS"))
			.andExpect(jsonPath("$.due").value("2024-10-08"))
			.andExpect(jsonPath("$.legalBasis", containsString("信访工作条例")));
	}

	@Test
	void apiRefusesBadInputWithAChineseProblem() throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline").param("start", "2024-13-01").param("n", "-1").param("unit",
				"WEEKS"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail", containsString("请求参数有误")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("start")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("n")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("unit")))
			.andExpect(jsonPath("$.errors[0].message", containsString("起算日期")));
		mvc.perform(get("/api/v1/calendar/deadline").param("start", "2024-10-01").param("rule", "no.such.rule"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rule"));
	}

	@Test
	void apiGivesAProvisionalDueDateForAYearWithoutItsNotice_NeverMondayToFriday() throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline").param("start", "2026-12-20").param("n", "20"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.due").value("2027-01-18"))
			.andExpect(jsonPath("$.provisional").value(true))
			.andExpect(jsonPath("$.provisionalYear").value(2027))
			.andExpect(jsonPath("$.explanation[*]", hasItem(containsString("期限届满日（暂定）"))));
		mvc.perform(get("/api/v1/calendar/deadline").param("start", "2024-10-01").param("n", "20"))
			.andExpect(jsonPath("$.provisional").value(false));
	}

	@Test
	void calculatorShowsTheDueDateAndWhyWithoutASession() throws Exception {
		MvcResult result = mvc.perform(get("/calendar").param("rule", "inforequest.reply").param("start", "2024-10-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2024年11月1日（星期五）")))
			.andExpect(content().string(containsString("国庆节（法定节假日）")))
			.andExpect(content().string(containsString("调休上班日")))
			.andExpect(content().string(containsString("政府信息公开条例")))
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(result.getResponse().getHeaders("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
	}

	@Test
	void calculatorAcceptsAFreePeriodAndExplainsBadInput() throws Exception {
		mvc.perform(get("/calendar").param("rule", "custom").param("n", "15").param("unit", "DAYS").param("start",
				"2025-01-20"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("15日")));
		mvc.perform(get("/calendar").param("rule", "custom").param("n", "abc").param("start", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写起算日期")))
			.andExpect(content().string(containsString("请填写期限天数")));
		mvc.perform(get("/calendar").param("rule", "inforequest.reply").param("start", "2026-12-20"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2027年1月18日（星期一）")))
			.andExpect(content().string(containsString("（暂定）")))
			.andExpect(content().string(containsString("2027年节假日安排尚未公布")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("待日历更新"))));
	}

	@Test
	void yearGridMarksHolidaysAndAdjustedWorkdaysInWords() throws Exception {
		Staffs staffs = new Staffs(identity);
		mvc.perform(get("/console/calendar/2024").with(staffs.as("district-admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2024年工作日历")))
			.andExpect(content().string(containsString("国庆节")))
			.andExpect(content().string(containsString("class=\"day adjusted\"")))
			.andExpect(content().string(containsString("调休上班")))
			.andExpect(content().string(containsString("随系统发布的国务院办公厅节假日安排通知")))
			.andExpect(content().string(containsString("更正本年度安排")));
		mvc.perform(get("/console/calendar/2027").with(staffs.as("district-admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2027年节假日安排尚未录入")))
			.andExpect(content().string(containsString("录入本年度安排")));
	}

	@Test
	void aYearDownloadsInTheImportShape() throws Exception {
		Staffs staffs = new Staffs(identity);
		mvc.perform(get("/console/calendar/2024/json").with(staffs.as("ducha")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2024))
			.andExpect(jsonPath("$.holidays[*].name", hasItem("国庆节")))
			.andExpect(jsonPath("$.adjustedWorkdays", hasItem("2024-10-12")));
	}

	@Test
	void yearListAndRulesAreReadableByDistrictSupervisorsWithoutForms() throws Exception {
		Staffs staffs = new Staffs(identity);
		mvc.perform(get("/console/calendar").with(staffs.as("district-admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026年")));
		mvc.perform(get("/console/calendar/2024").with(staffs.as("ducha")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("更正本年度安排"))));
		mvc.perform(get("/console/calendar/rules").with(staffs.as("ducha")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("依申请公开答复")))
			.andExpect(content().string(containsString("《政府信息公开条例》第三十三条")));
		mvc.perform(get("/console/calendar/rules/inforequest.reply").with(staffs.as("ducha")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("保存为新版本"))));
	}

	@Test
	void onlyCalendarManagersMayChangeTheCalendar() throws Exception {
		Staffs staffs = new Staffs(identity);
		mvc.perform(get("/console/calendar").with(staffs.as("gongkai"))).andExpect(status().isForbidden());
		mvc.perform(post("/console/calendar/2030").with(staffs.as("ducha")).with(csrf()).param("source", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/console/calendar/rules/inforequest.reply").with(staffs.as("ducha")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/console/calendar/1999").with(staffs.as("district-admin"))).andExpect(status().isNotFound());
	}

	@Test
	void adminsAreWarnedFromTheFirstOfNovemberWhileNextYearIsMissing() {
		OrgId org = OrgId.of(1);
		List<String> admin = List.of("calendar:manage", "console:home");
		assertThat(warnings.openItems(org, admin, LocalDate.of(2026, 10, 31))).isEmpty();
		List<WorkItem> november = warnings.openItems(org, admin, LocalDate.of(2026, 11, 1));
		assertThat(november).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("请录入2027年节假日安排");
			assertThat(item.urgency()).isEqualTo(Urgency.DUE_SOON);
			assertThat(item.href()).isEqualTo("/console/calendar/2027");
		});
		// 31 December has not passed: never 已逾期 before its date
		assertThat(warnings.openItems(org, admin, LocalDate.of(2026, 12, 31))).singleElement()
			.extracting(WorkItem::urgency)
			.isEqualTo(Urgency.DUE_SOON);
		// only calendar administrators; and a year whose successor is entered raises nothing
		assertThat(warnings.openItems(org, List.of("inforequest:handle"), LocalDate.of(2026, 11, 1))).isEmpty();
		assertThat(warnings.openItems(org, admin, LocalDate.of(2025, 11, 1))).isEmpty();
	}

	@Test
	void consoleHomeShowsTheWarningToTheAdmin() throws Exception {
		Staffs staffs = new Staffs(identity);
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		org.junit.jupiter.api.Assumptions.assumeTrue(today.getMonthValue() >= 11 && today.getYear() == 2026,
				"the console home warns only in November and December of a year whose successor is missing");
		mvc.perform(get("/console").with(staffs.as("district-admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请录入2027年节假日安排")));
	}
}
