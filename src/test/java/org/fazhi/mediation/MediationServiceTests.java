package org.fazhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fazhi.FazhiTest;
import org.fazhi.identity.IdentityService;
import org.fazhi.mediation.MediationService.DisputeFilter;
import org.fazhi.notification.NotificationService;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.Village;
import org.fazhi.petition.PetitionReferredToMediation;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.fazhi.support.Staffs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.transaction.support.TransactionTemplate;

@FazhiTest
class MediationServiceTests {

	@Autowired
	MediationService mediation;

	@Autowired
	MediationStatistics statistics;

	@Autowired
	OrganizationService organization;

	@Autowired
	NotificationService notifications;

	@Autowired
	IdentityService identity;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	org.fazhi.petition.PetitionService petitions;

	@Autowired
	org.fazhi.calendar.DeadlineClocks clocks;

	OrgId hangu;

	@BeforeEach
	void town() {
		hangu = organization.byCreditCode("115001070093712808").orElseThrow().id();
	}

	private Dispute register(String village, boolean risk) {
		return mediation.register(new RegisterDispute(hangu, null, village, DisputeType.NEIGHBOUR,
				DisputeSource.APPLICATION, null, "相邻通行纠纷", LocalDate.of(2024, 3, 4), risk,
				risk ? "双方曾发生推搡" : null, mediation.committee(hangu), "陈调解",
				List.of(new RegisterDispute.Party(PartyKind.PERSON, "张大山", "11010519491231002X", "13800138000",
						"龙井村3组"), new RegisterDispute.Party(PartyKind.ORGANIZATION, "重庆某某建筑有限公司", null, null,
								null))), "tiaojie");
	}

	/** 信访工作条例 Art. 37: every demo 信访转入 dispute of 2023 is a demo petition the office really handed over. */
	@Test
	void demoDisputesFromThePetitionOfficeEachHaveTheirHandedOverPetition() {
		var handedOver = petitions.search(hangu, new org.fazhi.petition.PetitionService.Filter(
				org.fazhi.petition.PetitionStatus.MEDIATION, null, null, null, false, false, 2023), 0, 1000)
			.map(p -> p.trackingNumber().value()).toSet();
		var fromPetitions = mediation.find(hangu, new DisputeFilter(null, DisputeSource.PETITION, null, null, false,
				LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)), 0, 1000).getContent();
		assertThat(handedOver).isNotEmpty();
		assertThat(fromPetitions).extracting(Dispute::sourceRef).containsExactlyInAnyOrderElementsOf(handedOver);
	}

	@Test
	void aPetitionHandedOverBecomesADisputeFromThePetitionOffice_PetitionRegulationArt37() throws Exception {
		String number = "XF-2024-" + String.format("%06d", Math.abs(UUID.randomUUID().hashCode() % 1_000_000));
		var event = new PetitionReferredToMediation(hangu, number, "李小红", "13900001111", "龙井村",
				"与邻居因排水沟堵塞发生争执", LocalDate.of(2024, 5, 6));
		transactions.executeWithoutResult(s -> events.publishEvent(event));
		Dispute d = null;
		for (int i = 0; i < 50 && d == null; i++) { // the listener runs after commit, possibly on another thread
			d = mediation.find(hangu, new DisputeFilter(null, DisputeSource.PETITION, null, null, false,
					LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 6)), 0, 500)
				.stream().filter(x -> number.equals(x.sourceRef())).findFirst().orElse(null);
			if (d == null) {
				Thread.sleep(100);
			}
		}
		assertThat(d).isNotNull();
		assertThat(d.source().label()).isEqualTo("信访转入");
		assertThat(d.summary()).isEqualTo("与邻居因排水沟堵塞发生争执");
		assertThat(d.parties()).extracting(DisputeParty::maskedName).containsExactly("李*红");
		// the same hand-over delivered again does not register a second dispute
		Dispute again = mediation.registerFromPetition(hangu, number, "李小红", null, "龙井村", "重复", LocalDate.of(2024, 5, 6));
		assertThat(again.id()).isEqualTo(d.id());
	}

	@Test
	void aDisputeThatMayEscalateIsPutBeforeTheLeadersAtOnce() {
		Dispute d = register("风险测试村" + UUID.randomUUID(), true);
		var leader = new Staffs(identity).user("leader");
		var authorities = leader.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		assertThat(notifications.forUser(leader, authorities))
			.anyMatch(n -> n.title().equals("矛盾纠纷风险预警：" + d.caseNumber()));
		var tiaojie = new Staffs(identity).user("tiaojie");
		assertThat(notifications.forUser(tiaojie, tiaojie.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.toList())).noneMatch(n -> n.title().contains(d.caseNumber()));
	}

	@Test
	void judicialConfirmationIsDueThirtyDaysAfterTheAgreementTakesEffect_Art33() {
		Dispute d = register("龙井村", false);
		mediation.recordSession(hangu, d.id(), LocalDate.of(2024, 3, 5), "张大山、某某公司代表、陈调解", "双方陈述意见", "tiaojie");
		mediation.succeed(hangu, d.id(), AgreementForm.WRITTEN, "事实", "公司于2024年4月30日前修复通道", LocalDate.of(2024, 3, 8));
		var clock = mediation.confirmationClock(mediation.dispute(java.util.Set.of(hangu), d.id()));
		assertThat(clock).isNotNull();
		assertThat(clock.rule().legalBasis()).isEqualTo("《人民调解法》第三十三条");
		assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2024, 4, 7)); // 2024-03-08 + 30 日; 4-7 is a 调休 workday
	}

	@Test
	void aDisputeIsGenerallyConcludedWithinAMonthAndTheClockStopsAtTheOutcome() {
		Dispute d = register("龙井村", false);
		var clock = mediation.conclusionClock(d);
		assertThat(clock).isNotNull();
		assertThat(clock.rule().name()).contains("指导性");
		assertThat(clock.rule().legalBasis()).contains("第三十三条").contains("一般在一个月内调结").doesNotContain("第75号");
		// received 2024-03-04 + 1 个月 = 2024-04-04, 清明节 (4-4..4-6 off); Sunday 4-7 is a 调休 working day
		assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2024, 4, 7));
		assertThat(clock.authority()).isEqualTo("mediation:handle");
		assertThat(clocks.openItems(hangu, List.of("mediation:handle"), LocalDate.of(2024, 3, 20)))
			.anyMatch(i -> i.title().equals("矛盾纠纷 " + d.caseNumber() + " 调结")
					&& LocalDate.of(2024, 4, 7).equals(i.dueOn()));
		assertThat(clocks.openItems(hangu, List.of("inforequest:handle"), LocalDate.of(2024, 3, 20)))
			.noneMatch(i -> i.title().contains(d.caseNumber()));
		mediation.fail(hangu, d.id(), "已告知可向人民法院提起诉讼", LocalDate.of(2024, 3, 9));
		var done = mediation.conclusionClock(d);
		assertThat(done.completedOn()).isEqualTo(LocalDate.of(2024, 3, 9));
		assertThat(done.state().urgency()).isEqualTo(org.fazhi.shared.Urgency.DONE_ON_TIME);
		assertThat(clocks.openItems(hangu, List.of("mediation:handle"), LocalDate.of(2024, 3, 20)))
			.noneMatch(i -> i.title().contains(d.caseNumber()));
	}

	@Test
	void aFailedMediationMustTellThePartiesTheirOtherWays_Art26() {
		Dispute d = register("龙井村", false);
		assertThatThrownBy(() -> mediation.fail(hangu, d.id(), " ", LocalDate.of(2024, 3, 9)))
			.isInstanceOf(RuleViolation.class)
			.hasMessageStartingWith("mediation.fail.other-ways");
		mediation.fail(hangu, d.id(), "已告知可向人民法院提起诉讼", LocalDate.of(2024, 3, 9));
		assertThat(mediation.dispute(java.util.Set.of(hangu), d.id()).status()).isEqualTo(DisputeStatus.FAILED);
		assertThatThrownBy(() -> mediation.terminate(hangu, d.id(), "重复", LocalDate.of(2024, 3, 9)))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void anotherTownsDisputeIsNotFound() {
		Dispute d = register("龙井村", false);
		OrgId other = organization.towns().stream().map(t -> t.id()).filter(id -> !id.equals(hangu)).findFirst()
			.orElseThrow();
		assertThatThrownBy(() -> mediation.dispute(java.util.Set.of(other), d.id()))
			.isInstanceOf(org.fazhi.shared.NotFound.class);
	}

	@Test
	void theAgreementDocumentNamesPartiesFactsTermsAndTheThirtyDayRight_Art29() throws Exception {
		Dispute d = register("龙井村", false);
		mediation.succeed(hangu, d.id(), AgreementForm.WRITTEN, "张大山门前通道被施工材料堵塞", "公司于2024年4月30日前清运材料并修复通道",
				LocalDate.of(2024, 3, 8));
		byte[] docx = mediation.agreementDocument(java.util.Set.of(hangu), d.id());
		String text;
		try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var ex = new XWPFWordExtractor(doc)) {
			text = ex.getText();
		}
		assertThat(text).contains("人民调解协议书", d.caseNumber(), "张大山", "11010519491231002X", "重庆某某建筑有限公司",
				"张大山门前通道被施工材料堵塞", "公司于2024年4月30日前清运材料并修复通道", "三十日内共同向人民法院申请司法确认",
				"含谷镇人民调解委员会", "2024年3月8日");
	}

	@Test
	void anOralAgreementHasNoWrittenDocument_Art28() {
		Dispute d = register("龙井村", false);
		mediation.succeed(hangu, d.id(), AgreementForm.ORAL, "", "当场赔偿200元", LocalDate.of(2024, 3, 8));
		assertThatThrownBy(() -> mediation.agreementDocument(java.util.Set.of(hangu), d.id()))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void villagesWithoutAScreeningReportStandOutAndAZeroReportCounts() {
		List<Village> villages = organization.villages(hangu);
		YearMonth period = YearMonth.of(2030, 1 + Math.abs(UUID.randomUUID().hashCode() % 12));
		mediation.report(hangu, villages.get(0).id(), period, 0, "本月未发现纠纷", period.atDay(25), "tiaojie");
		mediation.report(hangu, villages.get(1).id(), period, 2, null, period.atDay(25), "tiaojie");
		var rows = mediation.screening(hangu, period);
		assertThat(rows).hasSize(villages.size());
		assertThat(rows.get(0).report().zeroReport()).isTrue();
		assertThat(rows.get(1).report().found()).isEqualTo(2);
		assertThat(rows.stream().filter(MediationService.ScreeningStatus::missing).count())
			.isEqualTo(villages.size() - 2);
		assertThatThrownBy(() -> mediation.report(hangu, villages.get(0).id(), period, 1, null, period.atDay(26),
				"tiaojie")).isInstanceOf(RuleViolation.class).hasMessageStartingWith("mediation.screening.duplicate");
	}

	@Test
	void statisticsCountAVillagesDisputesWithTheirWorking() {
		String village = "统计测试村" + UUID.randomUUID().toString().substring(0, 8);
		Dispute a = register(village, false);
		Dispute b = register(village, false);
		register(village, false);
		mediation.succeed(hangu, a.id(), AgreementForm.ORAL, "", "赔礼道歉", LocalDate.of(2024, 3, 6));
		mediation.terminate(hangu, b.id(), "一方明确拒绝调解（第十七条）", LocalDate.of(2024, 3, 6));
		var row = statistics.year(hangu, 2024).byVillage().stream().filter(f -> f.label().equals(village)).findFirst()
			.orElseThrow();
		assertThat(row.received()).isEqualTo(3);
		assertThat(row.handlingRate().working()).isEqualTo("调处率 = 已调处件数 ÷ 受理件数：2 ÷ 3 = 66.67%");
		assertThat(row.successRate().working()).isEqualTo("成功率 = 调解成功件数 ÷ 已调处件数：1 ÷ 2 = 50.00%");
	}
}
