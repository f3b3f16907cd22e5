package org.fazhi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.fazhi.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fazhi.audit.AuditTrail;
import org.fazhi.identity.IdentityService;
import org.fazhi.inforequest.Applicant;
import org.fazhi.inforequest.ApplicantType;
import org.fazhi.inforequest.Channel;
import org.fazhi.inforequest.DeliveryWay;
import org.fazhi.inforequest.IdType;
import org.fazhi.inforequest.InfoForm;
import org.fazhi.inforequest.Intake;
import org.fazhi.inforequest.InfoRequest;
import org.fazhi.inforequest.InfoRequestService;
import org.fazhi.inforequest.ReplyResult;
import org.fazhi.shared.Urgency;
import org.fazhi.notification.NotificationService;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.fazhi.support.Staffs;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Entering years and editing rules change the calendar for everybody, so these tests run on a database of their
 * own (a separate in-memory H2 and context, discarded afterwards); the 2027 and 2030 notices here are test fixtures,
 * not the State Council's.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:calendar_entry;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CalendarYearEntryTests {

	@Autowired
	DeadlineClocks clocks;

	@Autowired
	CalendarNotices notices;

	@Autowired
	OrganizationService organization;

	@Autowired
	NotificationService notifications;

	@Autowired
	IdentityService identity;

	@Autowired
	AuditTrail audit;

	@Autowired
	CalendarWarnings warnings;

	@Autowired
	MockMvc mvc;

	@Autowired
	InfoRequestService infoRequests;

	private ClockView start(String rule, LocalDate on, String handler) {
		OrgId org = organization.byCreditCode("115001070093712808").orElseThrow().id();
		String id = UUID.randomUUID().toString();
		return clocks.start(new StartClock(org, "test", id, rule, on, "测试事项 " + id, "/console", handler,
				"inforequest:handle"));
	}

	@Test
	@Order(1)
	void enteringTheMissingYearRecomputesProvisionalDueDatesAnnouncesMovesAndSettlesVerdicts_OgiArt33() {
		ClockView open = start("inforequest.reply", LocalDate.of(2026, 12, 20), "gongkai");
		ClockView finished = start("inforequest.reply", LocalDate.of(2026, 12, 21), "gongkai");
		clocks.complete(finished.id(), LocalDate.of(2026, 12, 22));
		// provisional: 9 working days in December, 元旦 2027-01-01 by the 办法, then 4..8, 11..15, 18
		assertThat(open.dueOn()).isEqualTo(LocalDate.of(2027, 1, 18));
		assertThat(open.deadline().provisional()).isTrue();
		assertThat(open.state().provisional()).isTrue();
		assertThat(open.deadline().missingYear()).isEqualTo(2027);
		assertThat(clocks.view(finished.id()).state().urgency()).isEqualTo(Urgency.DONE_UNDECIDED);
		assertThat(warnings.openItems(open.org(), List.of("calendar:manage"), LocalDate.of(2026, 11, 26)))
			.hasSize(1);
		var gongkai = new Staffs(identity).user("gongkai");
		// a reply given while the due date was provisional: no verdict stored yet, neither on time nor late
		InfoRequest request = infoRequests.register(gongkai, new Intake(new Applicant(ApplicantType.CITIZEN, "李四",
				IdType.RESIDENT_ID, "110101199003071233", null, null, null), "测试 " + UUID.randomUUID(), InfoForm.PAPER,
				DeliveryWay.POST), Channel.IN_PERSON, LocalDate.of(2026, 12, 3));
		infoRequests.extend(new Staffs(identity).user("leader"), request.id(), 20, "需调取档案", LocalDate.of(2026, 12, 3),
				LocalDate.of(2026, 12, 3));
		InfoRequest replied = infoRequests.reply(gongkai, request.id(), ReplyResult.OPEN, LocalDate.of(2026, 12, 3),
				"答复", null);
		assertThat(replied.answeredInTime()).isNull();
		int noticesBefore = notifications.forUser(gongkai, gongkai.getAuthorities().stream().map(a -> a.getAuthority()).toList())
			.size();

		// a fixture notice: 元旦 2027-01-01..03 off and Saturday 2027-01-09 a 调休 working day
		HolidayNotice fixture = new HolidayNotice(2027, "测试用2027年安排",
				List.of(new HolidayNotice.Holiday("元旦",
						List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 3)))),
				List.of(LocalDate.of(2027, 1, 9)));
		CalendarNotices.Saved saved = notices.enter(fixture, "测试", "测试录入2027年");

		assertThat(saved.revision()).isEqualTo(1);
		assertThat(saved.moved()).isGreaterThanOrEqualTo(1);
		// the 调休 Saturday counts: 4..8, 9, 11..15 bring the 20th working day to Fri 01-15
		ClockView now = clocks.view(open.id());
		assertThat(now.dueOn()).isEqualTo(LocalDate.of(2027, 1, 15));
		assertThat(now.deadline().provisional()).isFalse();
		assertThat(clocks.moves(open.id())).singleElement().satisfies(move -> {
			assertThat(move.oldDueOn()).isEqualTo(LocalDate.of(2027, 1, 18));
			assertThat(move.newDueOn()).isEqualTo(LocalDate.of(2027, 1, 15));
		});
		// the handler is told, with the old date marked as provisional
		var after = notifications.forUser(gongkai, gongkai.getAuthorities().stream().map(a -> a.getAuthority()).toList());
		assertThat(after).anyMatch(n -> n.title().equals("期限变更") && n.body().contains(open.title())
				&& n.body().contains("2027年1月18日（暂定）") && n.body().contains("2027年1月15日")
				&& n.body().contains("自即日起"));
		// a finished matter is not announced, but its verdict is decided now that the date is certain
		assertThat(clocks.moves(finished.id())).isEmpty();
		assertThat(clocks.view(finished.id()).state().urgency()).isEqualTo(Urgency.DONE_ON_TIME);
		assertThat(infoRequests.get(gongkai, request.id()).answeredInTime()).isTrue();
		// audited, and the warning is gone
		assertThat(audit.search(new AuditTrail.AuditFilter(null, "calendar.notice.saved", null, null), open.org(), 0))
			.anyMatch(e -> e.detail().contains("2027年节假日安排第 1 版"));
		assertThat(notices.nextYearMissing(LocalDate.of(2026, 11, 26))).isFalse();
		assertThat(warnings.openItems(open.org(), List.of("calendar:manage"), LocalDate.of(2026, 11, 26))).isEmpty();
	}

	@Test
	@Order(2)
	void theYearFormSavesARevisionAndReportsTheMovedDueDates() throws Exception {
		Staffs staffs = new Staffs(identity);
		mvc.perform(post("/console/calendar/2030").with(staffs.as("district-admin")).with(csrf())
			.param("source", "测试用2030年安排")
			.param("holidays[0].name", "元旦")
			.param("holidays[0].first", "2030-01-01")
			.param("holidays[0].last", "2030-01-01")
			.param("holidays[1].name", "春节")
			.param("holidays[1].first", "2030-02-02")
			.param("holidays[1].last", "2030-02-08")
			.param("adjustedWorkdays", "2030-01-26\n2030-02-09")
			.param("reason", "测试录入"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/console/calendar/2030"))
			.andExpect(flash().attribute("notice", containsString("2030年节假日安排已保存为第1版")));
		HolidayNotice saved = notices.notice(2030).orElseThrow();
		assertThat(saved.holidays()).hasSize(2);
		assertThat(saved.holidays().get(1).dates()).hasSize(7);
		assertThat(saved.adjustedWorkdays()).containsExactly(LocalDate.of(2030, 1, 26), LocalDate.of(2030, 2, 9));
		assertThat(notices.history(2030)).singleElement().satisfies(r -> {
			assertThat(r.enteredBy()).contains("admin");
			assertThat(r.reason()).isEqualTo("测试录入");
		});
		mvc.perform(get("/console/calendar/2030").with(staffs.as("district-admin")))
			.andExpect(content().string(containsString("春节")))
			.andExpect(content().string(containsString("测试录入")));
	}

	@Test
	@Order(3)
	void theYearFormExplainsMistakesInChineseAndSavesNothing() throws Exception {
		Staffs staffs = new Staffs(identity);
		mvc.perform(post("/console/calendar/2031").with(staffs.as("district-admin")).with(csrf())
			.param("source", "")
			.param("holidays[0].name", "春节")
			.param("holidays[0].first", "2031-02-10")
			.param("holidays[0].last", "2031-02-01")
			.param("adjustedWorkdays", "2031-13-01")
			.param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写通知名称和文号")))
			.andExpect(content().string(containsString("第1行：放假末日不能早于放假首日")))
			.andExpect(content().string(containsString("“2031-13-01”不是有效日期")))
			.andExpect(content().string(containsString("请填写录入或更正的理由")));
		// a 调休 day that is not a weekend: refused by the service, with its rule in words
		mvc.perform(post("/console/calendar/2031").with(staffs.as("district-admin")).with(csrf())
			.param("source", "测试")
			.param("holidays[0].name", "元旦")
			.param("holidays[0].first", "2031-01-01")
			.param("holidays[0].last", "2031-01-01")
			.param("adjustedWorkdays", "2031-01-06")
			.param("reason", "测试"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("调休上班日 2031-01-06 不是星期六或星期日")));
		assertThat(notices.notice(2031)).isEmpty();
	}

	@Test
	@Order(4)
	void theSameJsonShapeCanBeImportedAsTextOrFile() throws Exception {
		Staffs staffs = new Staffs(identity);
		String json = """
				{"year": 2032, "source": "测试用2032年安排",
				 "holidays": [{"name": "元旦", "dates": ["2032-01-01"]}], "adjustedWorkdays": []}""";
		mvc.perform(multipart("/console/calendar/2032/import").file(new MockMultipartFile("file", "2032.json",
				"application/json", json.getBytes(StandardCharsets.UTF_8)))
			.param("reason", "测试导入")
			.with(staffs.as("district-admin"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", containsString("2032年节假日安排已保存为第1版")));
		assertThat(notices.notice(2032)).isPresent();
		// a second import is a correction: revision 2
		mvc.perform(multipart("/console/calendar/2032/import").param("json", json.replace("测试用", "更正后"))
			.param("reason", "测试更正")
			.with(staffs.as("district-admin"))
			.with(csrf()))
			.andExpect(flash().attribute("notice", containsString("第2版")));
		assertThat(notices.history(2032)).hasSize(2);
		// wrong year, broken JSON: a page with the reason, nothing saved
		mvc.perform(multipart("/console/calendar/2033/import").param("json", json).param("reason", "测试")
			.with(staffs.as("district-admin"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("导入数据的年份（2032年）与本页年份（2033年）不一致")));
		mvc.perform(multipart("/console/calendar/2033/import").param("json", "{不是JSON").param("reason", "测试")
			.with(staffs.as("district-admin"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("节假日安排数据格式不正确")));
		assertThat(notices.notice(2033)).isEmpty();
	}

	@Test
	@Order(5)
	void editingARuleIsANewRevisionThatMovesRunningClocks_ChangeOfLawIsAnEdit() throws Exception {
		Staffs staffs = new Staffs(identity);
		ClockView clock = start("petition.review", LocalDate.of(2025, 3, 3), "xinfang");
		LocalDate before = clock.dueOn();
		mvc.perform(post("/console/calendar/rules/petition.review").with(staffs.as("district-admin")).with(csrf())
			.param("name", "复查意见")
			.param("period", "45D")
			.param("startEvent", "收到复查请求之日")
			.param("pausedBy", "")
			.param("restartedBy", "")
			.param("maxExtension", "")
			.param("maxExtensions", "0")
			.param("legalBasis", "《信访工作条例》第三十五条")
			.param("warnWithin", "5")
			.param("reason", "测试：假设法规修改"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", containsString("期限规则“复查意见”已保存为新版本")));
		ClockView moved = clocks.view(clock.id());
		assertThat(moved.rule().period()).isEqualTo(Period.days(45));
		assertThat(moved.dueOn()).isAfter(before);
		assertThat(clocks.moves(clock.id())).hasSize(1);
		mvc.perform(get("/console/calendar/rules/petition.review").with(staffs.as("district-admin")))
			.andExpect(content().string(containsString("测试：假设法规修改")))
			.andExpect(content().string(containsString("45日")));
		// a broken edit explains itself and changes nothing
		mvc.perform(post("/console/calendar/rules/petition.review").with(staffs.as("district-admin")).with(csrf())
			.param("name", "复查意见")
			.param("period", "三十天")
			.param("startEvent", "收到复查请求之日")
			.param("legalBasis", "")
			.param("maxExtensions", "0")
			.param("warnWithin", "5")
			.param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("格式不正确")))
			.andExpect(content().string(containsString("请填写修改期限规则的理由")));
		assertThat(clocks.view(clock.id()).rule().period()).isEqualTo(Period.days(45));
	}
}
