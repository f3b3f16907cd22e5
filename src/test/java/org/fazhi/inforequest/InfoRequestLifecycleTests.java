package org.fazhi.inforequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.fazhi.FazhiTest;
import org.fazhi.calendar.ClockId;
import org.fazhi.calendar.DeadlineClocks;
import org.fazhi.identity.IdentityService;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Staff;
import org.fazhi.shared.Urgency;
import org.fazhi.support.Staffs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@FazhiTest
class InfoRequestLifecycleTests {

	@Autowired
	InfoRequestService service;

	@Autowired
	DeadlineClocks clocks;

	@Autowired
	IdentityService identity;

	private Staff gongkai() {
		return new Staffs(identity).user("gongkai");
	}

	private Staff leader() {
		return new Staffs(identity).user("leader");
	}

	static Intake intake(String what) {
		return new Intake(new Applicant(ApplicantType.CITIZEN, "李四", IdType.RESIDENT_ID, "110101199003071233",
				"13800138000", null, "重庆市"), what + " " + UUID.randomUUID(), InfoForm.ELECTRONIC, DeliveryWay.EMAIL);
	}

	private InfoRequest inPerson(LocalDate on) {
		return service.register(gongkai(), intake("测试"), Channel.IN_PERSON, on);
	}

	@Test
	void replyIsDueOnTheTwentiethWorkingDayAfterReceiptSkippingNationalDay_Art33() {
		InfoRequest r = inPerson(LocalDate.of(2024, 9, 25));
		assertThat(r.receivedOn()).isEqualTo(LocalDate.of(2024, 9, 25));
		assertThat(service.replyClock(r).dueOn()).isEqualTo(LocalDate.of(2024, 10, 28));
		assertThat(r.dueOn()).isEqualTo(LocalDate.of(2024, 10, 28));
		assertThat(r.trackingNumber().value()).startsWith("YSQ-2024-");
	}

	@Test
	void onlineRequestIsReceivedOnTheDayOfConfirmationAndAResubmissionReturnsTheSameRecord_Art31() {
		Staff s = gongkai();
		String key = UUID.randomUUID().toString();
		InfoRequest first = service.submitOnline(s.org(), intake("网上"), key);
		InfoRequest again = service.submitOnline(s.org(), intake("网上"), key);
		assertThat(again.id()).isEqualTo(first.id());
		assertThat(again.trackingNumber()).isEqualTo(first.trackingNumber());
		assertThat(first.channel()).isEqualTo(Channel.ONLINE);
		assertThat(first.receivedOn()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
	}

	@Test
	void staffCannotRegisterAReceiptDateInTheFutureNorAnOnlineChannel_Art31() {
		assertThatThrownBy(() -> inPerson(LocalDate.now().plusDays(3))).isInstanceOf(RuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "inforequest.date.future");
		assertThatThrownBy(() -> service.register(gongkai(), intake("x"), Channel.ONLINE, LocalDate.of(2024, 9, 25)))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void aBadIdNumberIsRefused() {
		Intake bad = new Intake(new Applicant(ApplicantType.CITIZEN, "李四", IdType.RESIDENT_ID, "110101199003071234",
				null, null, null), "某信息", InfoForm.PAPER, DeliveryWay.POST);
		assertThatThrownBy(() -> service.register(gongkai(), bad, Channel.IN_PERSON, LocalDate.of(2024, 9, 25)))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void correctionRunsTheReplyPeriodAnewFromTheCorrectedApplicationAndIsAskedOnlyOnce_Art30() {
		InfoRequest r = inPerson(LocalDate.of(2024, 9, 25));
		long id = r.id();
		service.askForCorrection(gongkai(), id, LocalDate.of(2024, 9, 27), "请补充文号和形成时间", LocalDate.of(2024, 10, 15));
		assertThat(service.replyClock(service.get(gongkai(), id)).state().paused()).isTrue();
		InfoRequest corrected = service.corrected(gongkai(), id, LocalDate.of(2024, 10, 9));
		assertThat(service.replyClock(corrected).dueOn()).isEqualTo(LocalDate.of(2024, 11, 5));
		assertThat(corrected.dueOn()).isEqualTo(LocalDate.of(2024, 11, 5));
		assertThatThrownBy(() -> service.askForCorrection(gongkai(), id, LocalDate.of(2024, 10, 10), "再补充",
				LocalDate.of(2024, 10, 20)))
			.isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageKey", "inforequest.correction.once");
	}

	@Test
	void correctionMustBeAskedWithinSevenWorkingDaysCountingPastTheHoliday_Art30() {
		InfoRequest r = inPerson(LocalDate.of(2024, 9, 25));
		LocalDate window = clocks.view(new ClockId(r.correctionClockId())).dueOn();
		// 7 工作日 from 9-25 with 国庆 1-7 October in between: the window ends after the holiday
		assertThat(window).isAfter(LocalDate.of(2024, 10, 7));
		assertThatThrownBy(() -> service.askForCorrection(gongkai(), r.id(), window.plusDays(1), "补充",
				window.plusDays(15)))
			.isInstanceOf(RuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "inforequest.correction.window-closed");
		InfoRequest asked = service.askForCorrection(gongkai(), r.id(), window, "补充", window.plusDays(15));
		assertThat(asked.status()).isEqualTo(Status.AWAITING_CORRECTION);
	}

	@Test
	void noCorrectionWithinTheNoticePeriodIsTreatedAsWithdrawnButNotBefore_Art30() {
		InfoRequest r = inPerson(LocalDate.of(2024, 9, 25));
		service.askForCorrection(gongkai(), r.id(), LocalDate.of(2024, 9, 27), "请明确所需信息", LocalDate.of(2024, 10, 15));
		assertThatThrownBy(() -> service.treatAsWithdrawn(gongkai(), r.id(), LocalDate.of(2024, 10, 15)))
			.isInstanceOf(RuleViolation.class);
		InfoRequest withdrawn = service.treatAsWithdrawn(gongkai(), r.id(), LocalDate.of(2024, 10, 16));
		assertThat(withdrawn.result()).isEqualTo(ReplyResult.OTHER_NO_CORRECTION);
		assertThat(withdrawn.status()).isEqualTo(Status.ANSWERED);
		assertThat(service.replyClock(withdrawn).completedOn()).isEqualTo(LocalDate.of(2024, 10, 16));
	}

	@Test
	void thirdPartyConsultationStopsTheReplyClockAndRunsFifteenWorkingDaysForTheThirdParty_Art32_Art33Para3() {
		InfoRequest r = inPerson(LocalDate.of(2024, 9, 25));
		InfoRequest consulting = service.consultThirdParty(gongkai(), r.id(), LocalDate.of(2024, 10, 14), "某公司");
		assertThat(consulting.status()).isEqualTo(Status.CONSULTING);
		assertThat(clocks.view(new ClockId(consulting.thirdPartyClockId())).rule().code())
			.isEqualTo("inforequest.third-party");
		InfoRequest back = service.consultationEnded(gongkai(), r.id(), LocalDate.of(2024, 10, 18));
		assertThat(back.dueOn()).isEqualTo(LocalDate.of(2024, 11, 4));
		assertThat(clocks.view(new ClockId(back.thirdPartyClockId())).completedOn()).isEqualTo(LocalDate.of(2024, 10, 18));
	}

	@Test
	void whileTheThirdPartyIsConsultedTheReplyIsPausedNotOverdueAndTheThirdPartysWindowRunsOnItsOwn_Art32_Art33Para3() {
		InfoRequest r = inPerson(LocalDate.of(2024, 9, 25));
		InfoRequest consulting = service.consultThirdParty(gongkai(), r.id(), LocalDate.of(2024, 10, 14), "某公司");
		var reply = service.replyClock(consulting);
		assertThat(reply.state().urgency()).isEqualTo(Urgency.PAUSED);
		assertThat(reply.state().waitingFor()).isEqualTo("征求第三方意见");
		// the third party's 15 工作日 from 10-14: 15..18, 21..25, 28..31, 11-01, 11-04
		var thirdParty = clocks.view(new ClockId(consulting.thirdPartyClockId()));
		assertThat(thirdParty.dueOn()).isEqualTo(LocalDate.of(2024, 11, 4));
		assertThat(thirdParty.state().paused()).isFalse();
	}

	@Test
	void aReplyGivenWhileTheDueDateIsProvisionalHasNoVerdictYet_Art33() {
		// received 2026-12-03 and extended by 20 工作日: the due date lies in 2027, whose notice is not entered
		InfoRequest r = inPerson(LocalDate.of(2026, 12, 3));
		service.extend(leader(), r.id(), 20, "需调取档案", LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 3));
		assertThat(service.replyClock(service.get(gongkai(), r.id())).deadline().provisional()).isTrue();
		InfoRequest replied = service.reply(gongkai(), r.id(), ReplyResult.OPEN, LocalDate.of(2026, 12, 3), "予以公开", null);
		assertThat(replied.answeredInTime()).isNull();
		assertThat(service.replyClock(replied).state().urgency()).isEqualTo(Urgency.DONE_UNDECIDED);
	}

	@Test
	void extensionNeedsTheOfficeHeadAndIsCappedAtTwentyWorkingDaysOnce_Art33Para2() {
		InfoRequest r = inPerson(LocalDate.of(2024, 9, 25));
		assertThatThrownBy(() -> service.extend(gongkai(), r.id(), 20, "需调取档案", LocalDate.of(2024, 10, 20),
				LocalDate.of(2024, 10, 21)))
			.isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageKey", "inforequest.extension.approver");
		assertThatThrownBy(() -> service.extend(leader(), r.id(), 21, "需调取档案", LocalDate.of(2024, 10, 20),
				LocalDate.of(2024, 10, 21)))
			.isInstanceOf(RuleViolation.class);
		InfoRequest extended = service.extend(leader(), r.id(), 20, "需调取档案", LocalDate.of(2024, 10, 20),
				LocalDate.of(2024, 10, 21));
		assertThat(extended.dueOn()).isEqualTo(LocalDate.of(2024, 11, 25));
		assertThat(extended.extensionApprovedBy()).isEqualTo(leader().displayName());
		assertThatThrownBy(() -> service.extend(leader(), r.id(), 1, "再延", LocalDate.of(2024, 11, 1),
				LocalDate.of(2024, 11, 1)))
			.isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageKey", "inforequest.extension.once");
	}

	@Test
	void aReplyAfterTheDueDateIsRecordedAsLate_Art33() {
		InfoRequest r = inPerson(LocalDate.of(2024, 9, 25));
		InfoRequest onTime = service.reply(gongkai(), r.id(), ReplyResult.OPEN, LocalDate.of(2024, 10, 28), "提供", null);
		assertThat(onTime.answeredInTime()).isTrue();
		InfoRequest r2 = inPerson(LocalDate.of(2024, 9, 25));
		InfoRequest late = service.reply(gongkai(), r2.id(), ReplyResult.OPEN, LocalDate.of(2024, 10, 29), "提供", null);
		assertThat(late.answeredInTime()).isFalse();
		assertThatThrownBy(() -> service.reply(gongkai(), r2.id(), ReplyResult.PARTIAL, LocalDate.of(2024, 10, 30),
				"再答复", null))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void everyResultCategoryCanBeGivenAndItsLetterCitesTheRightRemedy_XingzhengFuyiFa2023Art23() throws Exception {
		for (ReplyResult result : ReplyResult.values()) {
			InfoRequest r = inPerson(LocalDate.of(2024, 9, 25));
			long id = r.id();
			if (result == ReplyResult.OTHER_FEE_UNPAID) {
				service.noticeFee(gongkai(), id, LocalDate.of(2024, 9, 30), new BigDecimal("100"));
			}
			if (result == ReplyResult.UNABLE_UNCLEAR_AFTER_CORRECTION) {
				service.askForCorrection(gongkai(), id, LocalDate.of(2024, 9, 27), "补充", LocalDate.of(2024, 10, 15));
				service.corrected(gongkai(), id, LocalDate.of(2024, 10, 9));
			}
			if (result == ReplyResult.OTHER_NO_CORRECTION) {
				service.askForCorrection(gongkai(), id, LocalDate.of(2024, 9, 27), "补充", LocalDate.of(2024, 10, 15));
			}
			InfoRequest replied = service.reply(gongkai(), id, result, LocalDate.of(2024, 10, 25), "答复内容",
					result == ReplyResult.OPEN ? "索引号 11500107-2024-000001" : null);
			assertThat(replied.result()).isEqualTo(result);
			String xml = documentXml(ReplyLetter.of(replied, "含谷镇人民政府"));
			assertThat(xml).contains("政府信息公开申请答复告知书").contains(result.legalBasis());
			assertThat(xml.contains("第二十三条")).as(result.name()).isEqualTo(result.refusesDisclosure());
			assertThat(xml).contains("六十日");
			if (result == ReplyResult.OPEN) {
				assertThat(replied.publishedRef()).isEqualTo("索引号 11500107-2024-000001");
				assertThat(xml).contains("索引号 11500107-2024-000001");
			}
		}
	}

	@Test
	void resultsThatPresupposeAStepAreRefusedWithoutIt() {
		InfoRequest r = inPerson(LocalDate.of(2024, 9, 25));
		assertThatThrownBy(() -> service.reply(gongkai(), r.id(), ReplyResult.OTHER_FEE_UNPAID,
				LocalDate.of(2024, 10, 8), "x", null))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> service.reply(gongkai(), r.id(), ReplyResult.UNABLE_UNCLEAR_AFTER_CORRECTION,
				LocalDate.of(2024, 10, 8), "x", null))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> service.reply(gongkai(), r.id(), ReplyResult.OTHER_NO_CORRECTION,
				LocalDate.of(2024, 10, 8), "x", null))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void deliveryComesAfterTheReplyAndAnotherTownsStaffCannotSeeTheRecord() {
		InfoRequest r = inPerson(LocalDate.of(2024, 9, 25));
		assertThatThrownBy(() -> service.deliver(gongkai(), r.id(), DeliveryWay.POST, LocalDate.of(2024, 10, 8)))
			.isInstanceOf(RuleViolation.class);
		service.reply(gongkai(), r.id(), ReplyResult.OPEN, LocalDate.of(2024, 10, 8), "提供", null);
		InfoRequest delivered = service.deliver(gongkai(), r.id(), DeliveryWay.POST, LocalDate.of(2024, 10, 9));
		assertThat(delivered.status()).isEqualTo(Status.DELIVERED);
		Staff other = new Staffs(identity).user("jf-gongkai");
		assertThatThrownBy(() -> service.get(other, r.id())).isInstanceOf(org.fazhi.shared.NotFound.class);
	}

	static String documentXml(byte[] docx) throws Exception {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			ZipEntry e;
			while ((e = zip.getNextEntry()) != null) {
				if (e.getName().equals("word/document.xml")) {
					return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError("no document.xml");
	}
}
