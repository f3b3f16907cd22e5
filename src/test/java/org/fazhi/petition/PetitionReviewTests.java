package org.fazhi.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.Csrf.csrf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Set;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fazhi.FazhiTest;
import org.fazhi.audit.AuditTrail;
import org.fazhi.identity.IdentityService;
import org.fazhi.identity.Role;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.CreditCode;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Tracking;
import org.fazhi.support.Staffs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 复查/复核 decided by the district's 信访 office (信访工作条例 Arts. 35–36), the 听证 pause of the 复核 clock
 * (Art. 36 ¶2) and the objection to a transferred-in item (Art. 23 ¶3).
 */
@FazhiTest
class PetitionReviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PetitionService service;

	@Autowired
	PetitionTracking tracking;

	@Autowired
	PetitionLetters letters;

	@Autowired
	OrganizationService organization;

	@Autowired
	IdentityService identity;

	@Autowired
	AuditTrail audit;

	Staffs staffs;

	PetitionFixtures fx;

	OrgId district;

	@BeforeEach
	void setUp() {
		staffs = new Staffs(identity);
		fx = new PetitionFixtures(service, organization);
		district = organization.byCreditCode("11500000MB16008710").orElseThrow().id();
	}

	/** Answered on 2024-05-06, delivered 06-03, 复查 requested 07-03. */
	private Receipt reviewRequested() {
		Receipt r = fx.register(LocalDate.of(2024, 3, 1));
		service.classify(fx.hangu, r.id(), PetitionType.COMPLAINT, Route.OPINION, "xinfang");
		service.accept(fx.hangu, r.id(), LocalDate.of(2024, 3, 5), "党政办", "xinfang");
		service.answer(fx.hangu, r.id(), Outcome.NOT_SUPPORT, "经调查核实", "诉求缺乏依据", "《信访工作条例》第三十二条",
				LocalDate.of(2024, 5, 6), LocalDate.of(2024, 6, 3), "xinfang");
		service.recordReviewRequest(fx.hangu, r.id(), LocalDate.of(2024, 7, 3), "xinfang");
		return r;
	}

	private Petition petition(Receipt r) {
		return service.petition(Set.of(fx.hangu), r.id());
	}

	@Test
	void theDistrictListsPendingReviewsAcrossItsTownsAndDecidesThemWithAnOpinionDocument() throws Exception {
		Receipt r = reviewRequested();
		mvc.perform(get("/console/petition-reviews").with(staffs.as("qu-xinfang"))).andExpect(status().isOk())
			.andExpect(content().string(containsString(r.trackingNumber().value())))
			.andExpect(content().string(containsString("含谷镇")));
		mvc.perform(get("/console/petition-reviews/" + r.id()).with(staffs.as("qu-xinfang"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("出具复查意见书")));
		// an empty opinion is refused with a message, nothing changes
		mvc.perform(post("/console/petition-reviews/" + r.id() + "/decide").with(csrf()).with(staffs.as("qu-xinfang"))
			.param("result", "").param("reasons", "x").param("on", "2024-07-30"))
			.andExpect(status().is3xxRedirection());
		assertThat(petition(r).status()).isEqualTo(PetitionStatus.REVIEW_REQUESTED);
		mvc.perform(post("/console/petition-reviews/" + r.id() + "/decide").with(csrf()).with(staffs.as("qu-xinfang"))
			.param("result", "维持原处理意见").param("reasons", "原处理意见认定事实清楚，适用依据正确").param("on", "2024-07-30"))
			.andExpect(status().is3xxRedirection());

		Petition p = petition(r);
		assertThat(p.status()).isEqualTo(PetitionStatus.REVIEWED);
		assertThat(p.reviewOrgan()).isEqualTo(organization.org(district).fullName());
		// the 复核 request window opens only from the petitioner's receipt of the written opinion (Art. 36 ¶1)
		assertThat(service.requestWindowEnd(p)).isEmpty();
		// the town sees the outcome on its record, and records the delivery there
		mvc.perform(get("/console/petitions/" + r.id()).with(staffs.as("xinfang"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("维持原处理意见")))
			.andExpect(content().string(containsString("信访事项复查意见书")))
			.andExpect(content().string(containsString("登记复查意见书送达")));
		mvc.perform(post("/console/petitions/" + r.id() + "/review-delivered").with(csrf()).with(staffs.as("xinfang"))
			.param("on", "2024-08-05"))
			.andExpect(status().is3xxRedirection());
		// received Mon 08-05: the 30th day is Wed 09-04 (from the opinion's date it would have been 08-29)
		assertThat(service.requestWindowEnd(petition(r))).contains(LocalDate.of(2024, 9, 4));
		// the opinion .docx names the deciding organ and the reasons
		byte[] docx = mvc.perform(get("/console/petitions/" + r.id() + "/letters/REVIEW_OPINION").with(staffs.as("qu-xinfang")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var text = new XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains("信访事项复查意见书").contains("原处理意见认定事实清楚")
				.contains(organization.org(district).fullName()).contains("第三十六条");
		}
		// the citizen sees it on /track
		Tracking t = tracking.find(p.trackingNumber(), p.queryCode().value()).orElseThrow();
		assertThat(t.documents()).extracting(Tracking.Document::title).contains("信访事项复查意见书");
		assertThat(t.timeline()).anyMatch(s -> s.what().contains("复查意见书：维持原处理意见"));
		// audited
		assertThat(audit.search(new AuditTrail.AuditFilter("qu-xinfang", "petition.review-decided", null, null), fx.hangu, 0)
			.getContent()).anyMatch(e -> e.detail().contains(p.trackingNumber().value()));
		// decided, it leaves the list
		mvc.perform(get("/console/petition-reviews").with(staffs.as("qu-xinfang")))
			.andExpect(content().string(not(containsString(r.trackingNumber().value()))));
	}

	@Test
	void townStaffCannotDecideAndAnotherDistrictGets404() throws Exception {
		Receipt r = reviewRequested();
		mvc.perform(get("/console/petition-reviews").with(staffs.as("xinfang"))).andExpect(status().isForbidden());
		mvc.perform(post("/console/petition-reviews/" + r.id() + "/decide").with(csrf()).with(staffs.as("xinfang"))
			.param("result", "撤销").param("reasons", "x")).andExpect(status().isForbidden());
		mvc.perform(post("/console/petition-reviews/" + r.id() + "/decide").with(csrf()).with(staffs.as("ducha"))
			.param("result", "撤销").param("reasons", "x")).andExpect(status().isForbidden());
		// even past the web layer, a town cannot decide its own petition's review
		assertThatThrownBy(() -> service.decideReview(fx.hangu, r.id(), LocalDate.of(2024, 7, 30), "撤销", "x", "xinfang"))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("petition.review.district-only");

		String suffix = Long.toString(System.nanoTime() % 10_000_000L);
		String first17 = "1150000000" + "0".repeat(7 - suffix.length()) + suffix;
		OrgId other = organization.createDistrict("另一区", "另一区信访办公室", first17 + CreditCode.checkCharacter(first17)).id();
		String username = "qxf-" + suffix;
		identity.createSystemAccount(other, username, "另一区信访专干", "Xinfang#2024a", Set.of(Role.DISTRICT_PETITION), false,
				false);
		mvc.perform(get("/console/petition-reviews/" + r.id()).with(staffs.as(username))).andExpect(status().isNotFound());
		mvc.perform(post("/console/petition-reviews/" + r.id() + "/decide").with(csrf()).with(staffs.as(username))
			.param("result", "撤销").param("reasons", "x")).andExpect(status().isNotFound());
		mvc.perform(get("/console/petition-reviews").with(staffs.as(username))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(r.trackingNumber().value()))));
		assertThatThrownBy(() -> service.decideReview(other, r.id(), LocalDate.of(2024, 7, 30), "撤销", "x", username))
			.isInstanceOf(NotFound.class);
		assertThat(petition(r).status()).isEqualTo(PetitionStatus.REVIEW_REQUESTED);
	}

	@Test
	void hearingTimeIsNotCountedInTheRecheckPeriod_Art36() throws Exception {
		Receipt r = reviewRequested();
		service.decideReview(district, r.id(), LocalDate.of(2024, 7, 30), "维持原处理意见", "事实清楚", "qu-xinfang");
		service.recordReviewDelivery(fx.hangu, r.id(), LocalDate.of(2024, 8, 1), "xinfang");
		service.recordRecheckRequest(fx.hangu, r.id(), LocalDate.of(2024, 8, 29), "xinfang");
		LocalDate due = service.currentClock(petition(r)).orElseThrow().dueOn();
		assertThat(due).isNotNull();

		service.startHearing(district, r.id(), LocalDate.of(2024, 9, 2), "qu-xinfang");
		assertThat(petition(r).isInHearing()).isTrue();
		// long after its due date, a 复核 in 听证 is paused, not overdue, on the record page and the district's list
		assertThat(service.currentClock(petition(r)).orElseThrow().state().urgency())
			.isEqualTo(org.fazhi.shared.Urgency.PAUSED);
		mvc.perform(get("/console/petitions/" + r.id()).with(staffs.as("xinfang"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("已暂停")))
			.andExpect(content().string(containsString("（等待：听证）")));
		mvc.perform(get("/console/petition-reviews/" + r.id()).with(staffs.as("qu-xinfang"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("已暂停")));
		assertThatThrownBy(() -> service.decideRecheck(district, r.id(), LocalDate.of(2024, 9, 5), "维持", "理由", "qu-xinfang"))
			.hasMessageContaining("petition.hearing.open");
		service.endHearing(district, r.id(), LocalDate.of(2024, 9, 13), "qu-xinfang");
		LocalDate resumed = service.currentClock(petition(r)).orElseThrow().dueOn();
		assertThat(resumed).isAfter(due);
		assertThatThrownBy(() -> service.startHearing(district, r.id(), LocalDate.of(2024, 9, 14), "qu-xinfang"))
			.hasMessageContaining("petition.hearing.once");

		Petition p = service.decideRecheck(district, r.id(), LocalDate.of(2024, 9, 20), "维持复查意见", "复查意见正确", "qu-xinfang");
		assertThat(p.status()).isEqualTo(PetitionStatus.RECHECKED);
		assertThat(service.timeline(p)).anyMatch(s -> s.isPublic() && s.what().contains("听证时间不计入复核期限"));
		assertThat(letters.available(p)).contains(LetterKind.REVIEW_OPINION, LetterKind.RECHECK_OPINION);
	}

	@Test
	void anObjectionToATransferredInItemIsDueWithinFiveWorkdaysAndNeedsReasons_Art23() {
		Receipt late = fx.register(LocalDate.of(2024, 7, 1));
		assertThatThrownBy(() -> service.object(fx.hangu, late.id(), LocalDate.of(2024, 7, 31), "区信访办", "不属本镇职权",
				"xinfang")).isInstanceOf(RuleViolation.class).hasMessageContaining("petition.objection.late");
		assertThat(petition(late).objectedOn()).isNull();

		Receipt r = fx.register(LocalDate.of(2024, 7, 1));
		assertThatThrownBy(() -> service.object(fx.hangu, r.id(), LocalDate.of(2024, 7, 2), "区信访办", " ", "xinfang"))
			.hasMessageContaining("petition.objection.reason");
		Petition p = service.object(fx.hangu, r.id(), LocalDate.of(2024, 7, 2), "区信访办", "事项属于区住建委职责", "xinfang");
		assertThat(p.objectedOn()).isEqualTo(LocalDate.of(2024, 7, 2));
		assertThat(p.objectionReason()).isEqualTo("事项属于区住建委职责");
		assertThat(service.clocksOf(p)).anyMatch(c -> c.rule().code().equals("petition.objection")
				&& c.rule().legalBasis().contains("第二十三条第三款"));
		assertThat(audit.search(new AuditTrail.AuditFilter(null, "petition.objected", null, null), fx.hangu, 0).getContent())
			.anyMatch(e -> e.detail().contains(p.trackingNumber().value()));
		assertThatThrownBy(() -> service.object(fx.hangu, r.id(), LocalDate.of(2024, 7, 3), "区信访办", "再次", "xinfang"))
			.hasMessageContaining("petition.objection.given");
	}
}
