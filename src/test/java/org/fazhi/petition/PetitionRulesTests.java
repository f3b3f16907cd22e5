package org.fazhi.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.fazhi.calendar.ClockId;
import org.fazhi.calendar.DeadlineClocks;
import org.fazhi.FazhiTest;
import org.fazhi.identity.IdentityService;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Staff;
import org.fazhi.shared.Urgency;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The statutory clock and the 依法分类处理 rules of 《信访工作条例》(2022), on the real calendar. */
@FazhiTest
@RecordApplicationEvents
class PetitionRulesTests {

	@Autowired
	PetitionService service;

	@Autowired
	OrganizationService organization;

	@Autowired
	DeadlineClocks clocks;

	@Autowired
	IdentityService identity;

	PetitionFixtures fx;

	@BeforeEach
	void setUp() {
		fx = new PetitionFixtures(service, organization);
	}

	private Petition petition(Receipt r) {
		return service.petition(Set.of(fx.hangu), r.id());
	}

	@Test
	void acceptanceNoticeIsDueOnTheFifteenthDayMovedOffARestDay_Art23() {
		// received Fri 2024-03-01: day 15 is Sat 03-16, a rest day, so the period ends Mon 03-18
		assertThat(fx.register(LocalDate.of(2024, 3, 1)).due()).isEqualTo(LocalDate.of(2024, 3, 18));
		// received Mon 2024-09-16: day 15 is 10-01, 国庆节; the period ends on the first working day after it
		assertThat(fx.register(LocalDate.of(2024, 9, 16)).due()).isEqualTo(LocalDate.of(2024, 10, 8));
	}

	@Test
	void acceptanceOnTheLastDayIsOnTimeAndLaterIsLate_Art23() {
		Receipt onTime = fx.register(LocalDate.of(2024, 3, 1));
		service.classify(fx.hangu, onTime.id(), PetitionType.SUGGESTION, null, "xinfang");
		Petition a = service.accept(fx.hangu, onTime.id(), LocalDate.of(2024, 3, 18), "党政办", "xinfang");
		assertThat(a.acceptanceDueOn()).isEqualTo(LocalDate.of(2024, 3, 18));
		assertThat(clocks.view(new ClockId(a.acceptanceClockId())).state().urgency()).isEqualTo(Urgency.DONE_ON_TIME);

		Receipt late = fx.register(LocalDate.of(2024, 3, 1));
		service.classify(fx.hangu, late.id(), PetitionType.SUGGESTION, null, "xinfang");
		Petition b = service.accept(fx.hangu, late.id(), LocalDate.of(2024, 3, 19), "党政办", "xinfang");
		assertThat(clocks.view(new ClockId(b.acceptanceClockId())).state().urgency()).isEqualTo(Urgency.DONE_LATE);
		service.answer(fx.hangu, late.id(), Outcome.EXPLAIN, "经核实", "建议已研究", "《信访工作条例》第二十九条",
				LocalDate.of(2024, 3, 25), LocalDate.of(2024, 3, 26), "xinfang");
		assertThat(petition(late).isConcludedOnTime()).isFalse();
		assertThat(petition(onTime).status()).isEqualTo(PetitionStatus.ACCEPTED);
	}

	private Receipt acceptedOpinionItem(LocalDate received, LocalDate accepted) {
		Receipt r = fx.register(received);
		service.classify(fx.hangu, r.id(), PetitionType.COMPLAINT, Route.OPINION, "xinfang");
		service.accept(fx.hangu, r.id(), accepted, "党政办", "xinfang");
		return r;
	}

	@Test
	void handlingRunsSixtyDaysFromAcceptanceAndEndsAfterTheMayDayHoliday_Art34() {
		Receipt r = acceptedOpinionItem(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 5));
		// day 60 after Tue 03-05 is Sat 05-04, inside the 劳动节 holiday (05-01 to 05-05): the period ends Mon 05-06
		assertThat(service.currentClock(petition(r)).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2024, 5, 6));
	}

	@Test
	void handlingMayBeExtendedOnceByAtMostThirtyDaysOnlyWhenASignedInLeaderApproves_Art34() {
		Receipt r = acceptedOpinionItem(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 5));
		assertThatThrownBy(() -> service.requestExtension(fx.hangu, r.id(), 31, "情况复杂", LocalDate.of(2024, 4, 20),
				"xinfang")).isInstanceOf(RuleViolation.class).hasMessageContaining("calendar.extension.cap");
		assertThatThrownBy(() -> service.requestExtension(fx.hangu, r.id(), 30, " ", LocalDate.of(2024, 4, 20),
				"xinfang")).isInstanceOf(RuleViolation.class).hasMessageContaining("petition.extend.reason");
		Petition requested = service.requestExtension(fx.hangu, r.id(), 30, "涉及多个部门，情况复杂",
				LocalDate.of(2024, 4, 20), "xinfang");
		// a request alone moves nothing: still day 60 (Mon 05-06)
		assertThat(requested.extensionDays()).isZero();
		assertThat(service.currentClock(requested).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2024, 5, 6));
		assertThat(service.openItems(fx.hangu, List.of("leader:approve"), LocalDate.of(2024, 4, 20)))
			.anyMatch(w -> w.href().equals("/console/petitions/" + r.id()) && w.title().contains("申请延期30日"));
		assertThat(service.openItems(fx.hangu, List.of("petition:handle"), LocalDate.of(2024, 4, 20))).isEmpty();
		assertThatThrownBy(() -> service.requestExtension(fx.hangu, r.id(), 10, "再次申请", LocalDate.of(2024, 4, 21),
				"xinfang")).isInstanceOf(RuleViolation.class).hasMessageContaining("petition.extend.once");
		// the clerk cannot approve their own request
		assertThatThrownBy(() -> service.approveExtension(staff("xinfang"), r.id(), LocalDate.of(2024, 4, 22)))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("petition.extend.approver");

		Petition p = service.approveExtension(staff("leader"), r.id(), LocalDate.of(2024, 4, 22));
		assertThat(p.extensionDays()).isEqualTo(30);
		assertThat(p.extensionRequestedDays()).isNull();
		var clock = service.currentClock(p).orElseThrow();
		// 60 + 30 = 90 days after Tue 03-05 is Mon 06-03, a working day
		assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2024, 6, 3));
		assertThat(clock.deadline().extensions()).singleElement()
			.satisfies(e -> assertThat(e.approvedBy()).isEqualTo(staff("leader").displayName()));
		assertThat(service.openItems(fx.hangu, List.of("leader:approve"), LocalDate.of(2024, 4, 22)))
			.noneMatch(w -> w.href().equals("/console/petitions/" + r.id()));
		assertThatThrownBy(() -> service.requestExtension(fx.hangu, r.id(), 10, "再次延期", LocalDate.of(2024, 5, 20),
				"xinfang")).isInstanceOf(RuleViolation.class).hasMessageContaining("petition.extend.once");
		assertThat(service.timeline(p)).anyMatch(s -> s.isPublic() && s.what().contains("告知信访人延期理由"));
	}

	@Test
	void aRefusedExtensionLeavesTheSixtyDayClockAsItWas_Art34() {
		Receipt r = acceptedOpinionItem(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 5));
		service.requestExtension(fx.hangu, r.id(), 15, "需要补充调查", LocalDate.of(2024, 4, 20), "xinfang");
		assertThatThrownBy(() -> service.refuseExtension(staff("leader"), r.id(), " ", LocalDate.of(2024, 4, 22)))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("petition.extend.refusal-note");
		Petition p = service.refuseExtension(staff("leader"), r.id(), "应在期限内办结", LocalDate.of(2024, 4, 22));
		assertThat(p.extensionDays()).isZero();
		assertThat(p.extensionRequestedDays()).isNull();
		assertThat(service.currentClock(p).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2024, 5, 6));
		assertThat(service.timeline(p)).anyMatch(s -> !s.isPublic() && s.what().contains("不同意延期：应在期限内办结"));
		assertThatThrownBy(() -> service.approveExtension(staff("leader"), r.id(), LocalDate.of(2024, 4, 23)))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("petition.extend.no-request");
	}

	private Staff staff(String username) {
		return identity.loadUserByUsername(username);
	}

	@Test
	void reviewMustBeRequestedWithinThirtyDaysOfReceivingTheOpinion_Art35() {
		Receipt r = acceptedOpinionItem(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 5));
		Petition answered = service.answer(fx.hangu, r.id(), Outcome.NOT_SUPPORT, "经调查核实", "诉求缺乏依据",
				"《信访工作条例》第三十二条", LocalDate.of(2024, 5, 6), LocalDate.of(2024, 6, 3), "xinfang");
		assertThat(answered.isConcludedOnTime()).isTrue();
		// received Mon 06-03: day 30 is Wed 07-03
		assertThat(service.requestWindowEnd(answered)).contains(LocalDate.of(2024, 7, 3));
		assertThatThrownBy(() -> service.recordReviewRequest(fx.hangu, r.id(), LocalDate.of(2024, 7, 4), "xinfang"))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("petition.review.late");
		Petition requested = service.recordReviewRequest(fx.hangu, r.id(), LocalDate.of(2024, 7, 3), "xinfang");
		// the review organ decides within 30 日 of receiving the request: Fri 08-02
		assertThat(service.currentClock(requested).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2024, 8, 2));
		service.recordReview(fx.hangu, r.id(), LocalDate.of(2024, 7, 30), "维持原处理意见", "xinfang");
		Petition reviewed = service.recordReviewDelivery(fx.hangu, r.id(), LocalDate.of(2024, 7, 30), "xinfang");
		// 复核 within 30 日 of receiving the 复查意见 (Tue 07-30): Thu 08-29
		assertThat(service.requestWindowEnd(reviewed)).contains(LocalDate.of(2024, 8, 29));
		assertThatThrownBy(() -> service.recordRecheckRequest(fx.hangu, r.id(), LocalDate.of(2024, 8, 30), "xinfang"))
			.hasMessageContaining("petition.recheck.late");
		service.recordRecheckRequest(fx.hangu, r.id(), LocalDate.of(2024, 8, 29), "xinfang");
		Petition rechecked = service.recordRecheck(fx.hangu, r.id(), LocalDate.of(2024, 9, 20), "维持复查意见", "xinfang");
		assertThat(rechecked.status()).isEqualTo(PetitionStatus.RECHECKED);
		assertThat(service.close(fx.hangu, r.id(), LocalDate.of(2024, 9, 21), "xinfang").status())
			.isEqualTo(PetitionStatus.CLOSED);
	}

	@Test
	void theRecheckWindowRunsFromReceiptOfTheWrittenReviewOpinionNotFromItsDate_Art36Para1() {
		Receipt r = acceptedOpinionItem(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 5));
		service.answer(fx.hangu, r.id(), Outcome.NOT_SUPPORT, "经调查核实", "诉求缺乏依据", "《信访工作条例》第三十二条",
				LocalDate.of(2024, 5, 6), LocalDate.of(2024, 6, 3), "xinfang");
		service.recordReviewRequest(fx.hangu, r.id(), LocalDate.of(2024, 7, 3), "xinfang");
		// the opinion is dated Tue 07-30 but reaches the petitioner only on Mon 08-12
		Petition reviewed = service.recordReview(fx.hangu, r.id(), LocalDate.of(2024, 7, 30), "维持原处理意见", "xinfang");
		assertThat(service.requestWindowEnd(reviewed)).isEmpty();
		assertThatThrownBy(() -> service.recordRecheckRequest(fx.hangu, r.id(), LocalDate.of(2024, 8, 12), "xinfang"))
			.hasMessageContaining("petition.review.delivery-first");
		Petition delivered = service.recordReviewDelivery(fx.hangu, r.id(), LocalDate.of(2024, 8, 12), "xinfang");
		assertThat(delivered.reviewDeliveredOn()).isEqualTo(LocalDate.of(2024, 8, 12));
		// 30 日 from 08-12 end on Wed 09-11; counted from the opinion's date they would have ended on 08-29
		assertThat(service.requestWindowEnd(delivered)).contains(LocalDate.of(2024, 9, 11));
		Petition requested = service.recordRecheckRequest(fx.hangu, r.id(), LocalDate.of(2024, 9, 10), "xinfang");
		assertThat(requested.status()).isEqualTo(PetitionStatus.RECHECK_REQUESTED);
	}

	@Test
	void aComplaintNeedsItsArticle31Route_Art31() {
		Receipt r = fx.register(LocalDate.of(2024, 4, 1));
		assertThatThrownBy(() -> service.classify(fx.hangu, r.id(), PetitionType.COMPLAINT, null, "xinfang"))
			.hasMessageContaining("petition.route.required");
		assertThatThrownBy(() -> service.accept(fx.hangu, r.id(), LocalDate.of(2024, 4, 2), "党政办", "xinfang"))
			.hasMessageContaining("petition.type.required");
	}

	@Test
	void aDemandWithAStatutoryChannelIsNotAcceptedAndTheNoticeNamesTheChannel_Art31() {
		for (Route route : List.of(Route.LITIGATION, Route.ARBITRATION, Route.PARTY_APPEAL, Route.ADMINISTRATIVE)) {
			Receipt r = fx.register(LocalDate.of(2024, 4, 1));
			service.classify(fx.hangu, r.id(), PetitionType.COMPLAINT, route, "xinfang");
			assertThatThrownBy(() -> service.accept(fx.hangu, r.id(), LocalDate.of(2024, 4, 2), "党政办", "xinfang"))
				.hasMessageContaining("petition.accept.statutory");
			Petition p = service.notAccept(fx.hangu, r.id(), LocalDate.of(2024, 4, 2), null, "xinfang");
			assertThat(p.status()).isEqualTo(PetitionStatus.NOT_ACCEPTED);
			assertThat(p.decisionNote()).contains(route.channel());
			assertThat(p.isConcludedOnTime()).isTrue();
		}
	}

	@Test
	void dutyAndOpinionItemsAreAcceptedButOnlyOpinionItemsRunTheSixtyDays_Art31Art34() {
		Receipt duty = fx.register(LocalDate.of(2024, 4, 1));
		service.classify(fx.hangu, duty.id(), PetitionType.COMPLAINT, Route.DUTY, "xinfang");
		Petition d = service.accept(fx.hangu, duty.id(), LocalDate.of(2024, 4, 2), "综合行政执法办公室", "xinfang");
		assertThat(d.handlingClockId()).isNull();
		Receipt opinion = acceptedOpinionItem(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 2));
		assertThat(petition(opinion).handlingClockId()).isNotNull();
	}

	@Test
	void anAccusationIsTransferredNotAccepted_Art30() {
		Receipt r = fx.register(LocalDate.of(2024, 4, 1));
		service.classify(fx.hangu, r.id(), PetitionType.ACCUSATION, null, "xinfang");
		assertThatThrownBy(() -> service.accept(fx.hangu, r.id(), LocalDate.of(2024, 4, 2), "党政办", "xinfang"))
			.hasMessageContaining("petition.accept.accusation");
		Petition p = service.transfer(fx.hangu, r.id(), LocalDate.of(2024, 4, 2), "区纪委监委", "xinfang");
		assertThat(p.status()).isEqualTo(PetitionStatus.TRANSFERRED);
		assertThat(p.isIdentityProtected()).isTrue();
	}

	@Test
	void aNeighbourDisputeIsHandedToMediationAndTheMediationModuleIsTold_Art37(ApplicationEvents events) {
		Receipt r = fx.register(LocalDate.of(2024, 4, 1), "邻居违规搭建挡住采光", 1);
		service.classify(fx.hangu, r.id(), PetitionType.COMPLAINT, Route.OPINION, "xinfang");
		Petition p = service.referToMediation(fx.hangu, r.id(), LocalDate.of(2024, 4, 3), DisputeKind.NEIGHBOUR, "xinfang");
		assertThat(p.status()).isEqualTo(PetitionStatus.MEDIATION);
		assertThat(events.stream(PetitionReferredToMediation.class))
			.anyMatch(e -> e.trackingNumber().equals(r.trackingNumber().value()) && e.partyName().equals("李明0")
					&& e.org().equals(fx.hangu) && e.referredOn().equals(LocalDate.of(2024, 4, 3))
					&& e.matter().contains("邻居违规搭建"));
	}

	@Test
	void fiveOrMorePetitionersForOneDemandAreACollectiveVisit_Art20() {
		assertThat(petition(fx.register(LocalDate.of(2024, 4, 1), "集体反映", 5)).isCollective()).isTrue();
		assertThat(petition(fx.register(LocalDate.of(2024, 4, 1), "多人反映", 4)).isCollective()).isFalse();
	}

	@Test
	void anInvalidIdNumberIsRefused() {
		assertThatThrownBy(() -> new Petitioner("张三", "500107198001011234", null, null))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void theSameIdempotencyKeyGivesTheFirstRecord() {
		Intake intake = new Intake(Channel.ONLINE, LocalDate.of(2024, 5, 6), "道路破损", "村道破损严重", "请求维修", null,
				List.of(new Petitioner("王五", null, "13900000000", null)), "key-" + System.nanoTime());
		Receipt first = service.register(fx.hangu, intake, "公众");
		Receipt again = service.register(fx.hangu, intake, "公众");
		assertThat(again.trackingNumber()).isEqualTo(first.trackingNumber());
		assertThat(again.repeated()).isTrue();
		assertThat(first.trackingNumber().value()).startsWith("XF-2024-");
	}

	@Test
	void earlierPetitionsOfTheSamePersonOrWithSimilarWordingAreOfferedAsDuplicates_Art19() {
		String id = PetitionFixtures.idNumber();
		Receipt earlier = service.register(fx.hangu, new Intake(Channel.LETTER, LocalDate.of(2024, 6, 3),
				"承包地征收补偿款未足额发放", "本人承包地被征收，补偿款至今未足额发放", "请求足额发放补偿款", null,
				List.of(new Petitioner("赵六", id, null, null)), null), "xinfang");
		Receipt samePerson = service.register(fx.hangu, new Intake(Channel.VISIT, LocalDate.of(2024, 6, 10),
				"再次反映问题", "前次反映的问题没有结果", "请求处理", null,
				List.of(new Petitioner("赵六", id, null, null)), null), "xinfang");
		Receipt similar = service.register(fx.hangu, new Intake(Channel.PHONE, LocalDate.of(2024, 6, 12),
				"征收补偿款未足额发放", "承包地征收后补偿款一直没有足额发放", "请求足额发放补偿款", null,
				List.of(new Petitioner("钱七", null, "13700000000", null)), null), "xinfang");
		assertThat(service.possibleDuplicates(petition(samePerson))).extracting(Petition::id).contains(earlier.id());
		assertThat(service.possibleDuplicates(petition(similar))).extracting(Petition::id).contains(earlier.id());
		Petition linked = service.linkDuplicate(fx.hangu, similar.id(), earlier.id(), "xinfang");
		assertThat(linked.duplicateOf()).isEqualTo(earlier.id());
	}
}
