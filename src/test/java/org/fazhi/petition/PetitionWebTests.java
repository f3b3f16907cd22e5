package org.fazhi.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.fazhi.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.fazhi.audit.AuditTrail;
import org.fazhi.identity.IdentityService;
import org.fazhi.identity.Role;
import org.fazhi.FazhiTest;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.office.Spreadsheets;
import org.fazhi.shared.office.WordDocument;
import org.fazhi.support.Staffs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@FazhiTest
class PetitionWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PetitionService service;

	@Autowired
	PetitionLedger ledger;

	@Autowired
	OrganizationService organization;

	@Autowired
	IdentityService identity;

	@Autowired
	AuditTrail audit;

	Staffs staffs;

	PetitionFixtures fx;

	@BeforeEach
	void setUp() {
		staffs = new Staffs(identity);
		fx = new PetitionFixtures(service, organization);
	}

	private Receipt accusation(String name, String idNumber) {
		Receipt r = service.register(fx.hangu, new Intake(Channel.LETTER, LocalDate.of(2024, 7, 1), "检举某村干部违规",
				"某村干部在低保评定中优亲厚友", "请求调查处理", null, List.of(new Petitioner(name, idNumber, "13512345678", "含谷村")),
				null), "xinfang");
		service.classify(fx.hangu, r.id(), PetitionType.ACCUSATION, null, "xinfang");
		service.transfer(fx.hangu, r.id(), LocalDate.of(2024, 7, 3), "区纪委监委", "xinfang");
		return r;
	}

	// ------------------------------------------------------------ portal and API

	@Test
	void thePortalFormKeepsValuesAndShowsErrorsWithoutSigningIn() throws Exception {
		assertThat(mvc.perform(get("/petitions")).andExpect(status().isOk())
			.andExpect(content().string(containsString("网上信访"))).andReturn().getRequest().getSession(false)).isNull();
		mvc.perform(post("/petitions").with(csrf()).param("name", "孙八").param("idNumber", "500107198001011234")
			.param("phone", "").param("subject", "路灯不亮").param("content", "").param("demand", "请求维修"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请修改以下内容后再提交")))
			.andExpect(content().string(containsString("身份证号码校验位不正确")))
			.andExpect(content().string(containsString("请填写联系电话")))
			.andExpect(content().string(containsString("value=\"路灯不亮\"")));
		// a tampered village id (another town's, or none) is a field error, not an error page
		mvc.perform(post("/petitions").with(csrf()).param("name", "孙八").param("phone", "13600000000")
			.param("villageId", "999999").param("subject", "路灯不亮").param("content", "c").param("demand", "d"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("请从列表中选择所在村（社区）")));
	}

	@Test
	void aDoubleSubmitOfThePortalFormGivesTheSameRecord() throws Exception {
		String token = UUID.randomUUID().toString();
		String first = submit(token);
		String second = submit(token);
		assertThat(first).isEqualTo(second).startsWith("XF-");
		assertThat(submit(UUID.randomUUID().toString())).isNotEqualTo(first);
	}

	private String submit(String token) throws Exception {
		var result = mvc.perform(post("/petitions").with(csrf()).param("token", token).param("name", "孙八")
			.param("phone", "13600000000").param("subject", "路灯不亮").param("content", "村口路灯损坏已一个月")
			.param("demand", "请求维修路灯"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("受理告知期限")))
			.andReturn();
		// portal pages never create a server session
		assertThat(result.getRequest().getSession(false)).isNull();
		String html = result.getResponse().getContentAsString();
		int i = html.indexOf("id=\"tracking-number\">") + "id=\"tracking-number\">".length();
		return html.substring(i, html.indexOf('<', i));
	}

	@Test
	void theApiFilesAPetitionAndHonoursTheIdempotencyKey() throws Exception {
		String body = """
				{"petitioners":[{"name":"周九","idNumber":"%s","phone":"13711112222"}],
				 "village":"白马村","subject":"灌溉渠堵塞","content":"灌溉渠多处堵塞影响春耕","demand":"请求清淤"}"""
			.formatted(PetitionFixtures.idNumber());
		String key = UUID.randomUUID().toString();
		String json = mvc.perform(post("/api/v1/petitions").header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.trackingNumber").value(org.hamcrest.Matchers.startsWith("XF-")))
			.andExpect(jsonPath("$.queryCode").isString())
			.andExpect(jsonPath("$.due").isString())
			.andReturn().getResponse().getContentAsString();
		String number = JsonPath.read(json, "$.trackingNumber");
		mvc.perform(post("/api/v1/petitions").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated()).andExpect(jsonPath("$.trackingNumber").value(number));
		String code = JsonPath.read(json, "$.queryCode");
		mvc.perform(get("/api/v1/track/" + number).param("code", code)).andExpect(status().isOk())
			.andExpect(jsonPath("$.procedure").value("信访"))
			.andExpect(jsonPath("$.timeline[0].what").value(containsString("网上信访")));
	}

	@Test
	void badApiInputIsProblemJsonWithFieldErrors() throws Exception {
		mvc.perform(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"petitioners\":[],\"subject\":\"\",\"content\":\"x\",\"demand\":\"y\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("petitioners", "subject")));
		mvc.perform(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"petitioners\":[{\"name\":\"甲\",\"idNumber\":\"123\"}],\"village\":\"无此村\",\"subject\":\"s\",\"content\":\"x\",\"demand\":\"y\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("petitioners[0].idNumber", "village")))
			.andExpect(jsonPath("$.detail").value(containsString("提交的内容有误")));
	}

	@Test
	void thePetitionerSeesTheTimelineAndLettersAndRatesOnceAReplyIsGiven() throws Exception {
		Receipt r = fx.register(LocalDate.of(2024, 8, 1));
		mvc.perform(post("/petitions/rate").with(csrf()).param("number", r.trackingNumber().value())
			.param("code", r.queryCode().value()).param("rating", "SATISFIED"))
			.andExpect(content().string(containsString("办理单位答复后才能进行评价")));
		service.classify(fx.hangu, r.id(), PetitionType.COMPLAINT, Route.LITIGATION, "xinfang");
		service.notAccept(fx.hangu, r.id(), LocalDate.of(2024, 8, 5), null, "xinfang");
		String json = mvc.perform(get("/api/v1/track/" + r.trackingNumber()).param("code", r.queryCode().value()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.documents[0].title").value("信访事项不予受理告知书"))
			.andReturn().getResponse().getContentAsString();
		String href = JsonPath.read(json, "$.documents[0].href");
		byte[] docx = mvc.perform(get(href)).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", WordDocument.CONTENT_TYPE))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(text(docx)).contains("人民法院").contains("诉讼");
		mvc.perform(get(href.substring(0, href.lastIndexOf('/') + 1) + "0".repeat(32))).andExpect(status().isNotFound());
		mvc.perform(post("/petitions/rate").with(csrf()).param("number", r.trackingNumber().value())
			.param("code", r.queryCode().value()).param("rating", "FAIRLY_SATISFIED"))
			.andExpect(content().string(containsString("感谢您的评价")));
		assertThat(service.petition(Set.of(fx.hangu), r.id()).satisfaction()).isEqualTo(Satisfaction.FAIRLY_SATISFIED);
	}

	private static String text(byte[] docx) throws Exception {
		try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(docx));
				var ex = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
			return ex.getText();
		}
	}

	// ------------------------------------------------------------ console, identity protection

	@Test
	void theDeskListsFiltersAndShowsTheRecordWithItsActions() throws Exception {
		Receipt r = fx.register(LocalDate.of(2024, 8, 2));
		mvc.perform(get("/console/petitions").param("status", "RECEIVED").with(staffs.as("xinfang")))
			.andExpect(status().isOk()).andExpect(content().string(containsString(r.trackingNumber().value())))
			.andExpect(content().string(containsString("共 ")));
		mvc.perform(get("/console/petitions/" + r.id()).with(staffs.as("xinfang"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("依法分类")))
			.andExpect(content().string(containsString("《信访工作条例》第二十三条")));
		mvc.perform(post("/console/petitions/" + r.id() + "/classify").with(csrf()).with(staffs.as("xinfang"))
			.param("type", "COMPLAINT").param("route", "ADMINISTRATIVE"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/console/petitions/" + r.id() + "/accept").with(csrf()).with(staffs.as("xinfang"))
			.param("unit", "党政办").param("on", "2024-08-05"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("problem", containsString("诉访分离")));
		mvc.perform(post("/console/petitions/" + r.id() + "/supervise").with(csrf()).with(staffs.as("xinfang")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/console/petitions/" + r.id() + "/supervise").with(csrf()).with(staffs.as("leader"))
			.param("on", "true").param("note", "请抓紧办理")).andExpect(status().is3xxRedirection());
		assertThat(service.petition(Set.of(fx.hangu), r.id()).isSupervised()).isTrue();
		mvc.perform(get("/console/petitions").param("supervised", "true").with(staffs.as("leader")))
			.andExpect(content().string(containsString(r.trackingNumber().value())));
	}

	@Test
	void staffRegistrationOffersEarlierPetitionsOfTheSamePersonAsRepeats_Art19() throws Exception {
		String id = PetitionFixtures.idNumber();
		Receipt earlier = service.register(fx.hangu, new Intake(Channel.VISIT, LocalDate.of(2024, 9, 2), "宅基地审批",
				"宅基地审批迟迟没有结果", "请求尽快审批", null, List.of(new Petitioner("吴十", id, "13300000000", null)), null),
				"xinfang");
		mvc.perform(post("/console/petitions").with(csrf()).with(staffs.as("xinfang")).param("token", UUID.randomUUID().toString())
			.param("channel", "LETTER").param("receivedOn", "2024-13-40").param("name", "吴十").param("phone", "133"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("日期“2024-13-40”格式不正确")))
			.andExpect(content().string(containsString("请填写信访事项标题")));
		String location = mvc.perform(post("/console/petitions").with(csrf()).with(staffs.as("xinfang"))
			.param("token", UUID.randomUUID().toString()).param("channel", "LETTER").param("receivedOn", "2024-09-20")
			.param("name", "吴十").param("idNumber", id).param("phone", "13300000000").param("subject", "再次反映")
			.param("content", "上次反映的问题仍未解决").param("demand", "请求答复"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(staffs.as("xinfang"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("可能重复的信访事项")))
			.andExpect(content().string(containsString(earlier.trackingNumber().value())));
	}

	@Test
	void anAccusersIdentityIsHiddenFromOtherRolesAndEveryViewIsAudited_Art30() throws Exception {
		Receipt r = accusation("欧阳检举", PetitionFixtures.idNumber());
		mvc.perform(get("/console/petitions/" + r.id()).with(staffs.as("leader"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("依规保密")))
			.andExpect(content().string(not(containsString("欧"))));
		mvc.perform(post("/console/petitions/" + r.id() + "/identity").with(csrf()).with(staffs.as("leader")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/console/petitions").param("year", "2024").param("type", "ACCUSATION").param("status", "TRANSFERRED").with(staffs.as("ducha"))).andExpect(status().isOk())
			.andExpect(content().string(containsString(r.trackingNumber().value())))
			.andExpect(content().string(containsString("（依规保密）")));
		mvc.perform(get("/console/petitions/" + r.id()).with(staffs.as("ducha"))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("欧"))));
		mvc.perform(get("/console/petitions/" + r.id()).with(staffs.as("xinfang")))
			.andExpect(content().string(containsString("欧**举"))).andExpect(content().string(not(containsString("欧阳检举"))));
		long before = views(r);
		mvc.perform(post("/console/petitions/" + r.id() + "/identity").with(csrf()).with(staffs.as("xinfang")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("欧阳检举")));
		assertThat(views(r)).isEqualTo(before + 1);
		// the letter to the other unit never names the accuser
		byte[] letter = mvc.perform(get("/console/petitions/" + r.id() + "/letters/TRANSFER_LETTER").with(staffs.as("xinfang")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(text(letter)).contains("依规保密").doesNotContain("欧阳").doesNotContain("13512345678");
	}

	private long views(Receipt r) {
		return audit.search(new AuditTrail.AuditFilter(null, "personaldata.view", null, null), fx.hangu, 0)
			.getContent().stream().filter(e -> String.valueOf(r.id()).equals(e.targetId())).count();
	}

	@Test
	void theLedgerExportMasksPetitionersAndHidesAccusers() throws Exception {
		Receipt acc = accusation("司马告发", PetitionFixtures.idNumber());
		Receipt plain = service.register(fx.hangu, new Intake(Channel.PHONE, LocalDate.of(2024, 7, 2), "噪声扰民",
				"夜间噪声", "请求处理", null, List.of(new Petitioner("诸葛明亮", PetitionFixtures.idNumber(), "13812345678", null)),
				null), "xinfang");
		byte[] xlsx = mvc.perform(get("/console/petitions/ledger").param("year", "2024").with(staffs.as("xinfang")))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", Spreadsheets.CONTENT_TYPE))
			.andReturn().getResponse().getContentAsByteArray();
		var rows = Spreadsheets.read(new ByteArrayInputStream(xlsx), PetitionLedger.HEADERS);
		var accRow = rows.stream().filter(x -> x.get("受理编号").equals(acc.trackingNumber().value())).findFirst().orElseThrow();
		var plainRow = rows.stream().filter(x -> x.get("受理编号").equals(plain.trackingNumber().value())).findFirst().orElseThrow();
		assertThat(accRow.get("信访人")).isEqualTo("（依规保密）");
		assertThat(plainRow.get("信访人")).isEqualTo("诸**亮");
		assertThat(rows).allSatisfy(x -> assertThat(x.values().values()).noneMatch(v -> v.contains("司马")
				|| v.contains("诸葛明亮") || v.contains("13812345678")));
	}

	/** 信访工作条例 Art. 34: the clerk asks, the signed-in leader decides in 我的待办; a typed-in approver counts for nothing. */
	@Test
	void theClerkRequestsTheExtensionAndOnlyTheSignedInLeaderApprovesIt_Art34() throws Exception {
		Receipt r = fx.register(LocalDate.of(2024, 3, 1));
		service.classify(fx.hangu, r.id(), PetitionType.COMPLAINT, Route.OPINION, "xinfang");
		service.accept(fx.hangu, r.id(), LocalDate.of(2024, 3, 5), "党政办", "xinfang");
		String page = "/console/petitions/" + r.id();
		mvc.perform(post(page + "/extend").with(csrf()).with(staffs.as("xinfang")).param("days", "30")
			.param("approvedBy", "李某某").param("reason", "涉及多个部门").param("on", "2024-04-20"))
			.andExpect(status().is3xxRedirection());
		assertThat(service.currentClock(service.petition(Set.of(fx.hangu), r.id())).orElseThrow().dueOn())
			.isEqualTo(LocalDate.of(2024, 5, 6));
		mvc.perform(post(page + "/extension/approve").with(csrf()).with(staffs.as("xinfang")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/console").with(staffs.as("leader"))).andExpect(status().isOk())
			.andExpect(content().string(containsString(r.trackingNumber().value() + " 申请延期30日")));
		mvc.perform(get(page).with(staffs.as("leader"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("同意延期")));
		mvc.perform(post(page + "/extension/approve").with(csrf()).with(staffs.as("leader")).param("on", "2024-04-22"))
			.andExpect(status().is3xxRedirection());
		Petition p = service.petition(Set.of(fx.hangu), r.id());
		assertThat(service.currentClock(p).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2024, 6, 3));
		assertThat(service.timeline(p)).anyMatch(s -> s.what().contains("经" + staffs.user("leader").displayName() + "批准"))
			.noneMatch(s -> s.what().contains("李某某"));
	}

	@Test
	void theLedgerRoundTripsThroughExportAndImport() throws Exception {
		// records of a year no other test uses, without villages (the other town has its own)
		int year = 2019;
		Receipt a = fx.register(LocalDate.of(year, 3, 4), "年度一", 1);
		service.classify(fx.hangu, a.id(), PetitionType.COMPLAINT, Route.OPINION, "xinfang");
		service.accept(fx.hangu, a.id(), LocalDate.of(year, 3, 8), "社会事务办公室", "xinfang");
		service.requestExtension(fx.hangu, a.id(), 20, "复杂", LocalDate.of(year, 4, 19), "xinfang");
		service.approveExtension(staffs.user("leader"), a.id(), LocalDate.of(year, 4, 20));
		service.answer(fx.hangu, a.id(), Outcome.SUPPORT, "属实", "合理", "", LocalDate.of(year, 5, 20),
				LocalDate.of(year, 5, 21), "xinfang");
		service.rate(a.trackingNumber(), a.queryCode().value(), Satisfaction.SATISFIED);
		service.recordReviewRequest(fx.hangu, a.id(), LocalDate.of(year, 6, 10), "xinfang");
		service.recordReview(fx.hangu, a.id(), LocalDate.of(year, 7, 1), "维持", "xinfang");
		Receipt b = fx.register(LocalDate.of(year, 3, 5), "年度二", 6);
		service.classify(fx.hangu, b.id(), PetitionType.COMPLAINT, Route.ARBITRATION, "xinfang");
		service.notAccept(fx.hangu, b.id(), LocalDate.of(year, 3, 6), null, "xinfang");
		service.close(fx.hangu, b.id(), LocalDate.of(year, 3, 20), "xinfang");
		Receipt c = fx.register(LocalDate.of(year, 3, 6), "年度三", 1);
		service.classify(fx.hangu, c.id(), PetitionType.COMPLAINT, Route.OPINION, "xinfang");
		service.referToMediation(fx.hangu, c.id(), LocalDate.of(year, 3, 7), DisputeKind.FAMILY, "xinfang");
		Receipt d = fx.register(LocalDate.of(year, 3, 7), "年度四", 1);
		service.supervise(fx.hangu, d.id(), true, null, "leader");
		accusationIn(year);

		OrgId jinfeng = organization.byCreditCode("115001070093712995").orElseThrow().id();
		var filter = new PetitionService.Filter(null, null, null, null, false, false, year);
		byte[] exported = ledger.export(fx.hangu, filter);
		var result = ledger.importLedger(jinfeng, new ByteArrayInputStream(exported), "xinfang");
		assertThat(result.errors()).isEmpty();
		assertThat(result.imported()).isEqualTo(5);
		byte[] again = ledger.export(jinfeng, filter);
		assertThat(sorted(again)).isEqualTo(sorted(exported));
		// importing the same file again: every row is refused with its line number, nothing is doubled
		var twice = ledger.importLedger(jinfeng, new ByteArrayInputStream(exported), "xinfang");
		assertThat(twice.imported()).isZero();
		assertThat(twice.errors()).extracting(PetitionLedger.RowError::row).containsExactly(2, 3, 4, 5, 6);
		assertThat(twice.errors()).allMatch(e -> e.messageKey().equals("petition.import.exists"));
	}

	private void accusationIn(int year) {
		Receipt r = service.register(fx.hangu, new Intake(Channel.FAX, LocalDate.of(year, 3, 8), "检举", "检举内容", "查处",
				null, List.of(new Petitioner("某甲", null, null, null)), null), "xinfang");
		service.classify(fx.hangu, r.id(), PetitionType.ACCUSATION, null, "xinfang");
		service.transfer(fx.hangu, r.id(), LocalDate.of(year, 3, 9), "区纪委监委", "xinfang");
	}

	private static List<Map<String, String>> sorted(byte[] xlsx) {
		return Spreadsheets.read(new ByteArrayInputStream(xlsx), PetitionLedger.HEADERS).stream()
			.map(Spreadsheets.SheetRow::values).sorted(Comparator.comparing(m -> m.get("受理编号"))).toList();
	}

	@Test
	void aLedgerRowThatBreaksTheRulesIsReportedByItsLineAndTheOthersAreKept() throws Exception {
		byte[] xlsx = Spreadsheets.write("信访台账", PetitionLedger.HEADERS, List.of(
				row("XF-2018-900001", "2018-03-01", "来访", "", ""),
				row("XF-2018-900002", "2018-03-01", "飞鸽", "", ""),
				row("XF-2018-900003", "2018-03-01", "来信", "无此村", "")));
		OrgId org = fx.hangu;
		var result = ledger.importLedger(org, new ByteArrayInputStream(xlsx), "xinfang");
		assertThat(result.imported()).isEqualTo(1);
		assertThat(result.errors()).extracting(PetitionLedger.RowError::row).containsExactly(3, 4);
		mvc.perform(multipart("/console/petitions/ledger/import")
			.file(new MockMultipartFile("file", "t.xlsx", Spreadsheets.CONTENT_TYPE, xlsx)).with(csrf())
			.with(staffs.as("xinfang")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("第 2 行")))
			.andExpect(content().string(containsString("第 3 行：信访渠道“飞鸽”不正确")));
	}

	private static List<String> row(String number, String received, String channel, String village, String type) {
		List<String> values = new java.util.ArrayList<>(java.util.Collections.nCopies(PetitionLedger.HEADERS.size(), ""));
		values.set(0, number);
		values.set(1, received);
		values.set(2, channel);
		values.set(3, "张*");
		values.set(4, "1");
		values.set(5, village);
		values.set(6, type);
		values.set(8, "标题");
		values.set(9, "诉求");
		return values;
	}

	// ------------------------------------------------------------ tenancy and roles

	@Test
	void anotherTownsOfficerGets404AndOtherRoles403() throws Exception {
		Receipt r = fx.register(LocalDate.of(2024, 8, 3));
		OrgId jinfeng = organization.byCreditCode("115001070093712995").orElseThrow().id();
		String username = "jf-xf-" + (System.nanoTime() % 100000);
		identity.createSystemAccount(jinfeng, username, "金凤镇信访专干", "Xinfang#2024a", Set.of(Role.PETITION), false, false);
		mvc.perform(get("/console/petitions/" + r.id()).with(staffs.as(username))).andExpect(status().isNotFound());
		mvc.perform(post("/console/petitions/" + r.id() + "/close").with(csrf()).with(staffs.as(username)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/console/petitions").with(staffs.as("jf-gongkai"))).andExpect(status().isForbidden());
		mvc.perform(get("/console/petitions/" + r.id()).with(staffs.as("jf-admin"))).andExpect(status().isForbidden());
		mvc.perform(get("/console/petitions").with(staffs.as(username))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(r.trackingNumber().value()))));
	}
}
