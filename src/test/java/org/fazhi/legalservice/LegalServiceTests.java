package org.fazhi.legalservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.fazhi.FazhiTest;
import org.fazhi.identity.IdentityService;
import org.fazhi.mediation.DisputeSource;
import org.fazhi.mediation.MediationService;
import org.fazhi.mediation.MediationStatistics;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.fazhi.support.Staffs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@FazhiTest
class LegalServiceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsultationService consultations;

	@Autowired
	LegalServiceStatistics statistics;

	@Autowired
	MediationStatistics mediationStatistics;

	@Autowired
	MediationService mediation;

	@Autowired
	OrganizationService organization;

	@Autowired
	IdentityService identity;

	OrgId hangu;

	@BeforeEach
	void town() {
		hangu = organization.byCreditCode("115001070093712808").orElseThrow().id();
	}

	private String ask(String key) throws Exception {
		return mvc.perform(post("/api/v1/consultations").header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"赵小梅\",\"phone\":\"13812345678\",\"topic\":\"继承\",\"question\":\"父亲的存款怎么继承？\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.trackingNumber").value(org.hamcrest.Matchers.startsWith("ZX-")))
			.andReturn().getResponse().getContentAsString();
	}

	@Test
	void anOnlineQuestionGetsANumberAndARepeatGetsTheSameOne() throws Exception {
		String key = UUID.randomUUID().toString();
		String first = ask(key);
		String again = ask(key);
		assertThat(JsonPath.<String>read(again, "$.trackingNumber")).isEqualTo(JsonPath.read(first, "$.trackingNumber"));
		assertThat(JsonPath.<String>read(again, "$.queryCode")).isEqualTo(JsonPath.read(first, "$.queryCode"));
		assertThat(JsonPath.<String>read(ask(UUID.randomUUID().toString()), "$.trackingNumber"))
			.isNotEqualTo(JsonPath.read(first, "$.trackingNumber"));
	}

	@Test
	void aQuestionWithoutTextIsRefusedAsProblemJson() throws Exception {
		mvc.perform(post("/api/v1/consultations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"\",\"phone\":\"12\",\"question\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[?(@.field == 'question')].message").value("请填写您要咨询的问题。"))
			.andExpect(jsonPath("$.errors[?(@.field == 'phone')].message").value("请填写正确的联系电话（手机号码或座机号码）。"));
	}

	@Test
	void theStaffReplyIsShownOnTheTrackingPage() throws Exception {
		String receipt = ask(UUID.randomUUID().toString());
		String number = JsonPath.read(receipt, "$.trackingNumber");
		String code = JsonPath.read(receipt, "$.queryCode");
		mvc.perform(get("/api/v1/track/" + number).param("code", code))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("待答复"));
		long id = consultations.find(hangu, Channel.ONLINE, null, true, 0, 500).stream()
			.filter(c -> number.equals(c.trackingNumber())).findFirst().orElseThrow().id();
		consultations.answer(hangu, id, "无遗嘱时按法定继承办理，可到公证处办理继承公证。", "tiaojie");
		mvc.perform(get("/api/v1/track/" + number).param("code", code))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.procedure").value("法律咨询"))
			.andExpect(jsonPath("$.status").value("已答复"))
			.andExpect(jsonPath("$.timeline[1].what").value("答复：无遗嘱时按法定继承办理，可到公证处办理继承公证。"));
		mvc.perform(get("/api/v1/track/" + number).param("code", "WRONG234")).andExpect(status().isNotFound());
	}

	@Test
	void theSameFormSentTwiceGivesOneReceipt() throws Exception {
		String token = UUID.randomUUID().toString();
		String first = mvc.perform(post("/legal/ask").with(csrf()).param("name", "钱多多").param("question", "租房押金不退怎么办？")
			.param("token", token)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String second = mvc.perform(post("/legal/ask").with(csrf()).param("name", "钱多多").param("question", "租房押金不退怎么办？")
			.param("token", token)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String number = first.replaceAll("(?s).*id=\"tracking-number\">(ZX-\\d{4}-\\d{6})<.*", "$1");
		assertThat(number).matches("ZX-\\d{4}-\\d{6}");
		assertThat(second).contains(number);
	}

	@Test
	void aFormWithoutAQuestionIsShownAgainWithTheMessage() throws Exception {
		mvc.perform(post("/legal/ask").with(csrf()).param("name", "钱多多").param("question", "")
			.param("token", UUID.randomUUID().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("请填写您要咨询的问题。")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"钱多多\"")));
	}

	@Test
	void theLegalPageShowsTheDutySchedule() throws Exception {
		mvc.perform(get("/legal")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("星期二")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("星期四")));
	}

	@Test
	void aReferralToMediationRegistersADisputeFromTheConsultation() {
		Consultation c = consultations.ask(new AskQuestion(hangu, Channel.WALK_IN, LocalDate.of(2024, 6, 4), "孙大海",
				null, "白马村", Topic.LAND_HOUSING, "邻居建房占用通道", null), "tiaojie");
		var dispute = consultations.refer(hangu, c.id(), Referral.MEDIATION, LocalDate.of(2024, 6, 4), "tiaojie");
		assertThat(dispute).isNotNull();
		assertThat(dispute.source()).isEqualTo(DisputeSource.CONSULTATION);
		assertThat(dispute.source().label()).isEqualTo("法律咨询转入");
		assertThat(dispute.villageName()).isEqualTo("白马村");
		assertThat(consultations.consultation(java.util.Set.of(hangu), c.id()).referralRef()).isEqualTo(dispute.caseNumber());
	}

	@Test
	void consoleListsAreForTheStationAndAnotherTownsRecordIsNotFound() throws Exception {
		var staffs = new Staffs(identity);
		mvc.perform(get("/console/legal/consultations").with(staffs.as("tiaojie"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("共 ")));
		mvc.perform(get("/console/legal/rosters").with(staffs.as("tiaojie"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("法律明白人名册")));
		mvc.perform(get("/console/legal/consultations").with(staffs.as("leader"))).andExpect(status().isForbidden());
		mvc.perform(get("/console/legal/consultations/999999999").with(staffs.as("tiaojie")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theStationsPagesRender() throws Exception {
		var staffs = new Staffs(identity);
		Consultation c = consultations.ask(new AskQuestion(hangu, Channel.PHONE, LocalDate.of(2024, 6, 6), "孙大海",
				"13800001111", null, Topic.LABOUR, "工资被拖欠", null), "tiaojie");
		mvc.perform(get("/console/legal/consultations/" + c.id()).with(staffs.as("tiaojie"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("孙*海 138****1111")));
		mvc.perform(get("/console/legal/consultations/new").with(staffs.as("tiaojie"))).andExpect(status().isOk());
		mvc.perform(get("/console/legal/statistics").param("year", "2023").with(staffs.as("ducha")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("21 人")));
		mvc.perform(post("/console/legal/consultations/" + c.id() + "/answer").with(csrf()).with(staffs.as("tiaojie"))
			.param("answer", "可申请劳动仲裁。")).andExpect(status().is3xxRedirection());
		assertThat(consultations.consultation(java.util.Set.of(hangu), c.id()).answer()).isEqualTo("可申请劳动仲裁。");
	}

	@Autowired
	RosterService rosters;

	@Test
	void anAdvisorContractEndingSoonIsARenewalUntilItIsRenewed() {
		// demo: terms 2023, 2024-2025 (renewing 2023) and 2026 (renewing 2024-2025), all with 重庆渝高律师事务所
		assertThat(rosters.renewalsDue(hangu, LocalDate.of(2026, 11, 15))).extracting(Advisor::termTo)
			.containsExactly(LocalDate.of(2026, 12, 31));
		assertThat(rosters.renewalsDue(hangu, LocalDate.of(2026, 6, 1))).isEmpty();
		assertThat(rosters.renewalsDue(hangu, LocalDate.of(2025, 12, 1))).isEmpty(); // already renewed for 2026
		assertThat(rosters.openItems(hangu, java.util.List.of("legalservice:handle"), LocalDate.of(2026, 11, 15)))
			.extracting(org.fazhi.shared.WorkItem::title).containsExactly("法律顾问合同续聘：重庆渝高律师事务所");
		assertThat(rosters.openItems(hangu, java.util.List.of("leader:approve"), LocalDate.of(2026, 11, 15))).isEmpty();
	}

	/** seed-figures.md 一(四): 300余次 consultations on the duty days, 21 法律明白人, 434 disputes, 100%, 99%. */
	@Test
	void theDemoYearYieldsTheSeedReportsFigures() {
		var legal = statistics.year(hangu, 2023);
		assertThat(legal.consultations()).isBetween(300L, 399L);
		assertThat(legal.onDutyDays()).isEqualTo(legal.consultations());
		assertThat(legal.navigators()).isEqualTo(21);
		assertThat(legal.referrals().get(Referral.MEDIATION)).isEqualTo(6);
		var mediationYear = mediationStatistics.year(hangu, 2023).total();
		assertThat(mediationYear.received()).isEqualTo(434);
		assertThat(mediationYear.handled()).isEqualTo(434);
		assertThat(mediationYear.successful()).isEqualTo(430);
		assertThat(mediationYear.handlingRate().label()).isEqualTo("100%");
		assertThat(mediationYear.successRate().label()).isEqualTo("99%");
		assertThat(mediationStatistics.year(hangu, 2023).bySource()).anyMatch(f -> f.label().equals("法律咨询转入")
				&& f.received() == 6);
	}
}
