package org.fazhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.fazhi.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.FazhiTest;
import org.fazhi.identity.IdentityService;
import org.fazhi.mediation.MediationService.DisputeFilter;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.office.Spreadsheets;
import org.fazhi.support.Staffs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@FazhiTest
class MediationWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MediationService mediation;

	@Autowired
	OrganizationService organization;

	@Autowired
	IdentityService identity;

	Staffs staffs;

	OrgId hangu;

	@BeforeEach
	void setUp() {
		staffs = new Staffs(identity);
		hangu = organization.byCreditCode("115001070093712808").orElseThrow().id();
	}

	private Dispute register(String village, DisputeType type) {
		return mediation.register(new RegisterDispute(hangu, null, village, type, DisputeSource.SCREENING, null,
				"因排水沟发生争执", LocalDate.of(2024, 7, 1), false, null, mediation.committee(hangu), "陈调解",
				List.of(new RegisterDispute.Party(PartyKind.PERSON, "郑大成", null, null, null),
						new RegisterDispute.Party(PartyKind.ORGANIZATION, "重庆某某物业公司", null, null, null))), "tiaojie");
	}

	@Test
	void anOpenDisputeShowsItsOneMonthDueDateWithItsLightInTheListAndOnItsPage() throws Exception {
		String village = "调结期限村" + UUID.randomUUID().toString().substring(0, 6);
		Dispute d = register(village, DisputeType.NEIGHBOUR);
		// received 2024-07-01 + 1 个月 = Thursday 2024-08-01, long past on the test clock
		mvc.perform(get("/console/mediation").param("village", village).with(staffs.as("tiaojie")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("调结期限")))
			.andExpect(content().string(containsString("2024年8月1日")))
			.andExpect(content().string(containsString("已逾期")));
		mvc.perform(get("/console/mediation/" + d.id()).with(staffs.as("tiaojie")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("调结期限（指导性）")))
			.andExpect(content().string(containsString("一般在一个月内调结")));
		mediation.terminate(hangu, d.id(), "当事人撤回调解申请", LocalDate.of(2024, 7, 20));
		mvc.perform(get("/console/mediation").param("village", village).with(staffs.as("tiaojie")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("2024年8月1日"))));
	}

	@Test
	void theListShowsTheTotalAndMasksParties() throws Exception {
		String village = "列表测试村" + UUID.randomUUID().toString().substring(0, 6);
		register(village, DisputeType.NEIGHBOUR);
		mvc.perform(get("/console/mediation").param("village", village).with(staffs.as("tiaojie")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共 <span>1</span> 件")))
			.andExpect(content().string(containsString("郑*成、重庆某某物业公司")));
	}

	@Test
	void aRecordIsHandledByTheTownsMediatorsAndReadByLeadersAndSupervisors() throws Exception {
		Dispute d = register("权限测试村", DisputeType.NEIGHBOUR);
		mvc.perform(get("/console/mediation/" + d.id()).with(staffs.as("tiaojie"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("记录调解")));
		// a leader opens the record behind a risk alert or a statistics figure, read only
		mvc.perform(get("/console/mediation/" + d.id()).with(staffs.as("leader"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("记录调解"))));
		mvc.perform(get("/console/mediation/ledger.xlsx").with(staffs.as("leader"))).andExpect(status().isForbidden());
		mvc.perform(get("/console/mediation/new").with(staffs.as("leader"))).andExpect(status().isForbidden());
		mvc.perform(post("/console/mediation/" + d.id() + "/session").with(csrf()).with(staffs.as("leader"))
			.param("heldOn", "2024-07-02").param("present", "甲").param("record", "乙"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/console/mediation/999999999").with(staffs.as("tiaojie"))).andExpect(status().isNotFound());
	}

	@Test
	void unmaskingAPartyIsAnExplicitAction() throws Exception {
		Dispute d = register("遮蔽测试村", DisputeType.NEIGHBOUR);
		long party = d.parties().get(0).id();
		mvc.perform(get("/console/mediation/" + d.id()).with(staffs.as("tiaojie")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("郑大成"))));
		mvc.perform(post("/console/mediation/" + d.id() + "/parties/" + party + "/unmask").with(csrf())
			.with(staffs.as("tiaojie"))).andExpect(status().isOk()).andExpect(content().string(containsString("郑大成")));
	}

	@Test
	void aFailureWithoutTheOtherWaysIsRefusedWithTheArticle_Art26() throws Exception {
		Dispute d = register("规则测试村", DisputeType.NEIGHBOUR);
		mvc.perform(post("/console/mediation/" + d.id() + "/fail").with(csrf()).with(staffs.as("tiaojie"))
			.param("otherWays", " ").param("on", "2024-07-02"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("problem", containsString("第二十六条")));
		assertThat(mediation.dispute(java.util.Set.of(hangu), d.id()).status()).isEqualTo(DisputeStatus.IN_MEDIATION);
	}

	@Test
	void theAgreementDownloadsAsWord() throws Exception {
		Dispute d = register("协议测试村", DisputeType.CONTRACT);
		mediation.succeed(hangu, d.id(), AgreementForm.WRITTEN, "物业公司未按约维修排水沟", "物业公司于7月15日前修复", LocalDate.of(2024, 7, 3));
		mvc.perform(get("/console/mediation/" + d.id() + "/agreement.docx").with(staffs.as("tiaojie")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.fazhi.shared.office.WordDocument.CONTENT_TYPE));
	}

	@Test
	void theStatisticsPageShowsTheFormulaAndTheWorking() throws Exception {
		mvc.perform(get("/console/mediation/statistics").param("year", "2023").with(staffs.as("leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("调处率 = 已调处件数 ÷ 受理件数：434 ÷ 434 = 100.00%")))
			.andExpect(content().string(containsString("成功率 = 调解成功件数 ÷ 已调处件数：430 ÷ 434 = 99.08%")))
			.andExpect(content().string(containsString("<strong>99%</strong>")));
		mvc.perform(get("/console/mediation/statistics").param("year", "2099").with(staffs.as("tiaojie")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("0 ÷ 0，分母为零，不计算")));
	}

	@Autowired
	MediationStatistics statistics;

	private long listed(String href) throws Exception {
		String html = mvc.perform(get(java.net.URI.create(href)).with(staffs.as("leader"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("共 <span>(\\d+)</span> 件").matcher(html);
		assertThat(m.find()).as("the list's total on " + href).isTrue();
		return Long.parseLong(m.group(1));
	}

	/** Architecture: numbers in reports are queries. Each figure links to the list that makes it, with the same count. */
	@Test
	void everyFigureOnTheStatisticsPageLinksToTheDisputesItCounts() throws Exception {
		var report = statistics.year(hangu, 2023);
		String html = mvc.perform(get("/console/mediation/statistics").param("year", "2023").with(staffs.as("leader")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		var page = org.jsoup.Jsoup.parse(html);
		var total = page.select("table.meta a");
		assertThat(total).hasSizeGreaterThanOrEqualTo(5);
		assertThat(total.get(0).text()).isEqualTo(report.total().received() + " 件");
		assertThat(listed(total.get(0).attr("href"))).isEqualTo(report.total().received()).isEqualTo(434);
		assertThat(listed(total.get(1).attr("href"))).isEqualTo(report.total().handled());
		assertThat(listed(total.get(2).attr("href"))).isEqualTo(report.total().successful()).isEqualTo(430);
		assertThat(listed(total.get(3).attr("href"))).isEqualTo(report.total().failed());
		assertThat(listed(total.get(4).attr("href"))).isEqualTo(report.total().terminated());

		// every breakdown line (type, village, source, month): received, handled and successful lead to their lists
		var lines = page.select("h2 + table tbody tr:has(a)");
		assertThat(lines).hasSize(report.byType().size() + report.byVillage().size() + report.bySource().size()
				+ report.byMonth().size());
		for (var line : lines.subList(0, Math.min(lines.size(), 12))) {
			var cells = line.select("td");
			for (int c = 1; c <= 3; c++) {
				var a = cells.get(c).selectFirst("a");
				assertThat(listed(a.attr("href"))).as(line.text() + " column " + c).isEqualTo(Long.parseLong(a.text()));
			}
		}
		// a village's name survives the link's encoding
		var village = report.byVillage().get(0);
		var villageLine = lines.stream().filter(l -> l.selectFirst("td").text().equals(village.label())).findFirst()
			.orElseThrow();
		assertThat(listed(villageLine.select("td").get(1).selectFirst("a").attr("href"))).isEqualTo(village.received());
	}

	@Test
	void theScreeningPageNamesTheMissingVillages() throws Exception {
		mvc.perform(get("/console/mediation/screening").with(staffs.as("tiaojie")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("尚有 3 个村（社区）未报送")));
		mvc.perform(get("/console/mediation/screening").param("period", "2023-06").with(staffs.as("tiaojie")))
			.andExpect(content().string(containsString("各村（社区）均已报送")));
	}

	@Test
	void theLedgerExportsAndImportsBackUnchanged() throws Exception {
		String village = "台账测试村" + UUID.randomUUID().toString().substring(0, 6);
		Dispute a = register(village, DisputeType.NEIGHBOUR);
		register(village, DisputeType.LABOUR);
		mediation.succeed(hangu, a.id(), AgreementForm.ORAL, "", "赔礼道歉", LocalDate.of(2024, 7, 5));
		byte[] exported = mvc.perform(get("/console/mediation/ledger.xlsx").param("village", village)
			.with(staffs.as("tiaojie"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		var rows = Spreadsheets.read(new ByteArrayInputStream(exported), MediationLedger.HEADERS);
		assertThat(rows).hasSize(2);
		assertThat(rows).extracting(r -> r.get("当事人")).containsOnly("郑大成、[单位]重庆某某物业公司");

		// the same file again is refused row by row: those cases are already on record
		var refused = mvc.perform(multipart("/console/mediation/import")
			.file(new MockMultipartFile("file", "ledger.xlsx", Spreadsheets.CONTENT_TYPE, exported)).with(csrf())
			.with(staffs.as("tiaojie"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("第 2 行：案件编号").contains("第 3 行：案件编号").contains("全部未导入");

		// as new cases (numbers blank) in another village, they come back with the same content
		String copy = "台账导入村" + UUID.randomUUID().toString().substring(0, 6);
		byte[] edited = edit(exported, copy);
		mvc.perform(multipart("/console/mediation/import")
			.file(new MockMultipartFile("file", "ledger.xlsx", Spreadsheets.CONTENT_TYPE, edited)).with(csrf())
			.with(staffs.as("tiaojie"))).andExpect(status().isOk()).andExpect(content().string(containsString("已导入 2 件纠纷")));
		byte[] again = mvc.perform(get("/console/mediation/ledger.xlsx").param("village", copy)
			.with(staffs.as("tiaojie"))).andReturn().getResponse().getContentAsByteArray();
		var back = Spreadsheets.read(new ByteArrayInputStream(again), MediationLedger.HEADERS);
		assertThat(back).hasSize(2);
		for (int i = 0; i < 2; i++) {
			for (String h : MediationLedger.HEADERS) {
				if (h.equals("案件编号") || h.equals("村（社区）") || h.equals("协议形式") || h.equals("履行情况")) {
					continue;
				}
				assertThat(back.get(i).get(h)).as(h).isEqualTo(rows.get(i).get(h));
			}
		}
	}

	@Test
	void badRowsAreListedByTheirNumberAndNothingIsImported() throws Exception {
		String village = "错误行测试村" + UUID.randomUUID().toString().substring(0, 6);
		byte[] file = Spreadsheets.write("台账", MediationLedger.HEADERS, List.of(
				List.of("", "2024-05-01", village, "邻里", "排查发现", "甲某", "通行纠纷", "否", "", "陈调解", "调解中", "", "", ""),
				List.of("", "2024-05-02", village, "打架", "排查发现", "乙某", "纠纷", "否", "", "陈调解", "调解中", "", "", ""),
				List.of("", "2024-13-40", village, "邻里", "排查发现", "丙某", "纠纷", "否", "", "陈调解", "调解中", "", "", "")));
		String page = mvc.perform(multipart("/console/mediation/import")
			.file(new MockMultipartFile("file", "bad.xlsx", Spreadsheets.CONTENT_TYPE, file)).with(csrf())
			.with(staffs.as("tiaojie"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("第 3 行：纠纷类型“打架”不在字典中。").contains("第 4 行：");
		assertThat(mediation.find(hangu, new DisputeFilter(null, null, null, village, false, null, null), 0, 10)
			.getTotalElements()).isZero();
	}

	@Test
	void aDistrictSupervisorReadsTheTownsCasesButChangesNothing() throws Exception {
		Dispute d = register("督查测试村", DisputeType.NEIGHBOUR);
		mvc.perform(get("/console/mediation/" + d.id()).with(staffs.as("ducha"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("记录调解"))));
		mvc.perform(get("/console/mediation/statistics").param("year", "2023").with(staffs.as("ducha")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("430 ÷ 434")));
		mvc.perform(post("/console/mediation/" + d.id() + "/session").with(csrf()).with(staffs.as("ducha"))
			.param("heldOn", "2024-07-02").param("present", "甲").param("record", "乙"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theRegisterFormKeepsTheInputAndNamesWhatIsMissing() throws Exception {
		mvc.perform(get("/console/mediation/new").with(staffs.as("tiaojie"))).andExpect(status().isOk());
		mvc.perform(post("/console/mediation").with(csrf()).with(staffs.as("tiaojie")).param("type", "NEIGHBOUR")
			.param("source", "APPLICATION").param("receivedOn", "2024-07-01").param("summary", "")
			.param("party1Name", "冯小宝").param("mediators", "陈调解"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写纠纷简要情况。")))
			.andExpect(content().string(containsString("value=\"冯小宝\"")));
		mvc.perform(post("/console/mediation").with(csrf()).with(staffs.as("tiaojie")).param("type", "NEIGHBOUR")
			.param("source", "APPLICATION").param("receivedOn", "2024-07-01").param("summary", "通行纠纷")
			.param("party1Name", "冯小宝").param("party1IdNumber", "110105194912310021").param("mediators", "陈调解"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("身份证号码校验位不正确")));
		mvc.perform(post("/console/mediation").with(csrf()).with(staffs.as("tiaojie")).param("type", "NEIGHBOUR")
			.param("source", "APPLICATION").param("receivedOn", "2024-07-01").param("summary", "通行纠纷")
			.param("party1Name", "冯小宝").param("mediators", "陈调解"))
			.andExpect(status().is3xxRedirection());
	}

	private static byte[] edit(byte[] xlsx, String village) throws Exception {
		try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); var out = new ByteArrayOutputStream()) {
			var sheet = wb.getSheetAt(0);
			int villageCol = MediationLedger.HEADERS.indexOf("村（社区）");
			for (Row row : sheet) {
				if (row.getRowNum() == 0) {
					continue;
				}
				row.getCell(0).setCellValue("");
				row.getCell(villageCol).setCellValue(village);
			}
			wb.write(out);
			return out.toByteArray();
		}
	}
}
