package org.fazhi.inforequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiTest;
import org.fazhi.identity.IdentityService;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.Staff;
import org.fazhi.support.Staffs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@FazhiTest
class InfoRequestStatisticsTests {

	@Autowired
	InfoRequestService service;

	@Autowired
	InfoRequestStatistics statistics;

	@Autowired
	InfoRequestReports reports;

	@Autowired
	InfoRequestReminders reminders;

	@Autowired
	OrganizationService organization;

	@Autowired
	IdentityService identity;

	@Test
	void demoTownHasTheSeedFiguresFor2023_FourReceivedThreeInTimeOneCarriedOver() {
		OrgId hangu = organization.byCreditCode("115001070093712808").orElseThrow().id();
		InfoRequestStatistics.YearFigures y = statistics.year(hangu, 2023);
		assertThat(y.received()).isEqualTo(4);
		assertThat(y.answered()).isEqualTo(3);
		assertThat(y.answeredInTime()).isEqualTo(3);
		assertThat(y.carriedOver()).isEqualTo(1);
		assertThat(y.byResult()).containsEntry(ReplyResult.OPEN, 2).containsEntry(ReplyResult.DENY_PROCESS_INFO, 1);

		RequestTable table = reports.requestTable(hangu, 2023);
		assertThat(table.rows()).hasSize(25);
		assertThat(table.row("new_received").total()).isEqualTo(4);
		assertThat(table.row("new_received").value(0)).isEqualTo(3);
		assertThat(table.row("new_received").value(1)).isEqualTo(1);
		assertThat(table.row("r_total").total()).isEqualTo(3);
		assertThat(table.row("carried_out").total()).isEqualTo(1);
		assertThat(table.problems()).isEmpty();
	}

	/** The demo requests are registered by the demo clerk like any other (OGI Art. 31 receipt date by channel). */
	@Test
	void demoRequestsWentThroughRegistrationReplyAndDelivery() {
		OrgId hangu = organization.byCreditCode("115001070093712808").orElseThrow().id();
		List<InfoRequest> demo = service.touchingYear(hangu, 2023);
		assertThat(demo).hasSizeGreaterThanOrEqualTo(4);
		assertThat(demo.stream().filter(r -> r.receivedOn().getYear() == 2023 && "gongkai".equals(r.handler())))
			.hasSizeGreaterThanOrEqualTo(4)
			.allSatisfy(r -> assertThat(service.timeline(r)).extracting(e -> e.what())
				.anyMatch(w -> w.startsWith("登记") && w.contains("（收到申请之日："))
				.anyMatch(w -> w.startsWith("作出答复："))
				.anyMatch(w -> w.startsWith("答复告知书已送达")));
	}

	@Test
	void aRequestUnansweredOnThirtyFirstDecemberIsCarriedOverAndCarriedInTheNextYear() {
		Staff jf = new Staffs(identity).user("jf-gongkai");
		InfoRequestStatistics.YearFigures y21 = statistics.year(jf.org(), 2021);
		InfoRequestStatistics.YearFigures y22 = statistics.year(jf.org(), 2022);
		InfoRequest r = service.register(jf, InfoRequestLifecycleTests.intake("跨年"), Channel.SIGNED_POST,
				LocalDate.of(2021, 12, 27));
		service.reply(jf, r.id(), ReplyResult.UNABLE_NOT_HELD, LocalDate.of(2022, 1, 14), "本机关不掌握", null);
		InfoRequestStatistics.YearFigures a21 = statistics.year(jf.org(), 2021);
		InfoRequestStatistics.YearFigures a22 = statistics.year(jf.org(), 2022);
		assertThat(a21.received() - y21.received()).isEqualTo(1);
		assertThat(a21.carriedOver() - y21.carriedOver()).isEqualTo(1);
		assertThat(a21.answered() - y21.answered()).isZero();
		assertThat(a22.carriedIn() - y22.carriedIn()).isEqualTo(1);
		assertThat(a22.received() - y22.received()).isZero();
		assertThat(a22.answered() - y22.answered()).isEqualTo(1);
		assertThat(a22.carriedOver() - y22.carriedOver()).isZero();
		RequestTable t22 = reports.requestTable(jf.org(), 2022);
		assertThat(t22.row("carried_in").value(0)).isGreaterThanOrEqualTo(1);
		assertThat(t22.row("r_unable_not_held").value(0)).isGreaterThanOrEqualTo(1);
		assertThat(t22.problems()).isEmpty();
		assertThat(reports.requestTable(jf.org(), 2021).problems()).isEmpty();
	}

	@Test
	void tableThreeHasTheTemplateLabelsAndEveryColumnAndRowAddsUp() {
		Staff jf = new Staffs(identity).user("jf-gongkai");
		Applicant firm = new Applicant(ApplicantType.LEGAL_SERVICE, "某律师事务所", IdType.USCC, "91500107MA60ABCD19",
				"023-60000000", null, null);
		for (ReplyResult result : new ReplyResult[] { ReplyResult.PARTIAL, ReplyResult.NP_REPEAT }) {
			InfoRequest r = service.register(jf, new Intake(firm, "某信息", InfoForm.PAPER, DeliveryWay.POST),
					Channel.FAX, LocalDate.of(2020, 6, 1));
			service.reply(jf, r.id(), result, LocalDate.of(2020, 6, 10), "答复", null);
		}
		service.register(jf, new Intake(firm, "年末申请", InfoForm.PAPER, DeliveryWay.POST), Channel.FAX,
				LocalDate.of(2020, 12, 30));
		RequestTable t = reports.requestTable(jf.org(), 2020);
		assertThat(RequestTable.COLUMNS).containsExactly("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
		assertThat(t.rows().get(0).level1()).isEqualTo("一、本年新收政府信息公开申请数量");
		assertThat(t.rows().get(3).level2()).isEqualTo("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
		assertThat(t.rows().get(6).level3()).isEqualTo("3.危及\u201c三安全一稳定\u201d");
		assertThat(t.rows().get(20).level3()).isEqualTo("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
		assertThat(t.rows().get(23).level2()).isEqualTo("（七）总计");
		assertThat(t.rows().get(24).level1()).isEqualTo("四、结转下年度继续办理");
		assertThat(t.row("r_partial").value(4)).isGreaterThanOrEqualTo(1);
		assertThat(t.row("carried_out").value(4)).isGreaterThanOrEqualTo(1);
		assertThat(t.problems()).isEmpty();
		// a broken table is caught: add one to a cell without its total
		RequestTable broken = new RequestTable(t.org(), 2020, t.rows().stream()
			.map(row -> row.key().equals("r_open")
					? new RequestTable.Row(row.key(), row.level1(), row.level2(), row.level3(),
							new int[] { row.value(0) + 1, 0, 0, 0, 0, 0, row.total() })
					: row)
			.toList());
		assertThat(broken.problems()).isNotEmpty();
	}

	@Test
	void anOverdueReplyIsReportedToTheLeadersOnceHoweverOftenTheJobRuns() {
		Staff s = new Staffs(identity).user("gongkai");
		InfoRequest r = service.register(s, InfoRequestLifecycleTests.intake("逾期"), Channel.IN_PERSON,
				LocalDate.of(2025, 3, 3));
		reminders.remind();
		reminders.remind();
		long marks = service.timeline(r).stream().filter(e -> e.what().startsWith("提醒：答复已逾期")).count();
		assertThat(marks).isEqualTo(1);
		assertThat(service.timeline(r).stream().filter(e -> e.what().startsWith("提醒")).allMatch(e -> !e.visibleToApplicant()))
			.isTrue();
	}

	@Autowired
	org.fazhi.calendar.WorkdayCalendar calendar;

	@Autowired
	org.fazhi.notification.NotificationService notifications;

	@Test
	void theHandlerIsRemindedOnceWhenTheReplyIsDueSoon() {
		Staff s = new Staffs(identity).user("gongkai");
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		// a receipt date whose reply falls due within the rule's warning threshold (5 工作日), found on the calendar
		LocalDate start = today.minusDays(40);
		while (!isDueSoon(calendar.dueOn(start, org.fazhi.calendar.Period.workingDays(20)), today)) {
			start = start.plusDays(1);
		}
		InfoRequest r = service.register(s, InfoRequestLifecycleTests.intake("即将到期"), Channel.IN_PERSON, start);
		assertThat(service.replyClock(r).state().urgency()).isEqualTo(org.fazhi.shared.Urgency.DUE_SOON);
		reminders.remind();
		reminders.remind();
		assertThat(service.timeline(r).stream().filter(e -> e.what().startsWith("提醒：答复期限即将到期")).count())
			.isEqualTo(1);
		assertThat(notifications.forUser(s, java.util.List.of("inforequest:handle")))
			.anyMatch(n -> n.title().contains(r.trackingNumber().value()));
	}

	private static boolean isDueSoon(LocalDate due, LocalDate today) {
		return !due.isBefore(today) && !due.isAfter(today.plusDays(4));
	}
}
