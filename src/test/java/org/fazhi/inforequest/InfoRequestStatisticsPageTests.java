package org.fazhi.inforequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.fazhi.FazhiTest;
import org.fazhi.identity.IdentityService;
import org.fazhi.shared.Staff;
import org.fazhi.support.Staffs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The console statistics page of information requests, and overdue requests in the leaders' 我的待办. */
@FazhiTest
class InfoRequestStatisticsPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityService identity;

	@Autowired
	InfoRequestService service;

	@Autowired
	InfoRequestStatistics statistics;

	Staffs staffs;

	@BeforeEach
	void setUp() {
		staffs = new Staffs(identity);
	}

	@Test
	void theLeaderFindsTheSeedYearFromTheConsoleMenu_FourReceivedThreeInTimeOneCarriedOver() throws Exception {
		mvc.perform(get("/console").with(staffs.as("leader"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/console/inforequests/statistics")));
		String html = mvc.perform(get("/console/inforequests/statistics").param("year", "2023").with(staffs.as("leader")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("含谷镇 2023 年度")
			.contains("id=\"figure-received\">4<")
			.contains("id=\"figure-answered\">3<")
			.contains("id=\"figure-in-time\">3<")
			.contains("id=\"figure-overdue\">0<")
			.contains("id=\"figure-carried-over\">1<")
			.contains("予以公开");
		mvc.perform(get("/console/inforequests/statistics").param("year", "2023").with(staffs.as("gongkai")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"figure-received\">4<")));
	}

	@Test
	void badYearsGiveAPageNotAnError() throws Exception {
		mvc.perform(get("/console/inforequests/statistics").param("year", "99999").with(staffs.as("leader")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("依申请公开统计")));
		int code = mvc.perform(get("/console/inforequests/statistics").param("year", "去年").with(staffs.as("leader")))
			.andReturn().getResponse().getStatus();
		assertThat(code).isBetween(400, 499);
	}

	@Test
	void anotherTownsFiguresAreNotShown() throws Exception {
		Staff hangu = staffs.user("gongkai");
		mvc.perform(get("/console/inforequests/statistics").param("year", "2023")
			.param("org", Long.toString(hangu.org().value())).with(staffs.as("jf-gongkai")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("金凤镇 2023 年度")));
	}

	/** OGI Art. 33: a reply late, or still missing past its due date, counts as overdue; channels per Art. 31. */
	@Test
	void lateAndMissingRepliesCountAsOverdueAndNewRequestsCountByChannel_OGIArt33() {
		Staff jf = staffs.user("jf-gongkai");
		InfoRequestStatistics.YearFigures before = statistics.year(jf.org(), 2024);
		InfoRequest late = service.register(jf, InfoRequestLifecycleTests.intake("迟复"), Channel.FAX,
				LocalDate.of(2024, 6, 3));
		service.reply(jf, late.id(), ReplyResult.UNABLE_NOT_HELD, LocalDate.of(2024, 8, 30), "本机关不掌握", null);
		service.register(jf, InfoRequestLifecycleTests.intake("未复"), Channel.FAX, LocalDate.of(2024, 6, 3));
		InfoRequestStatistics.YearFigures after = statistics.year(jf.org(), 2024);
		assertThat(after.overdue() - before.overdue()).isEqualTo(2);
		assertThat(after.answeredInTime() - before.answeredInTime()).isZero();
		assertThat(after.answered() - before.answered()).isEqualTo(1);
		assertThat(after.byChannel().get(Channel.FAX) - before.byChannel().getOrDefault(Channel.FAX, 0)).isEqualTo(2);
	}

	/** An overdue reply (OGI Art. 33) is the organ head's to answer for: it reaches every leader's 我的待办. */
	@Test
	void anOverdueRequestReachesTheLeadersToDoList_OGIArt33() throws Exception {
		InfoRequest r = service.register(staffs.user("gongkai"), InfoRequestLifecycleTests.intake("逾期待办"),
				Channel.IN_PERSON, LocalDate.of(2025, 3, 3));
		mvc.perform(get("/console").with(staffs.as("leader"))).andExpect(status().isOk())
			.andExpect(content().string(containsString(r.trackingNumber().value() + " 答复")));
		// a request still within its period stays with the office that handles it
		InfoRequest fresh = service.register(staffs.user("gongkai"), InfoRequestLifecycleTests.intake("未到期"),
				Channel.IN_PERSON, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
		mvc.perform(get("/console").with(staffs.as("leader"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(fresh.trackingNumber().value()))));
		mvc.perform(get("/console").with(staffs.as("gongkai"))).andExpect(status().isOk())
			.andExpect(content().string(containsString(fresh.trackingNumber().value())));
	}
}
