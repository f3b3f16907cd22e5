package org.fazhi.legalservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.FazhiTest;
import org.fazhi.audit.AuditTrail;
import org.fazhi.audit.AuditTrail.AuditFilter;
import org.fazhi.identity.IdentityService;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.office.Spreadsheets;
import org.fazhi.support.Staffs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The legal-service lists as .xlsx, opened with POI: the page's filters, masked personal data, an audit entry. */
@FazhiTest
class LegalServiceExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsultationService consultations;

	@Autowired
	RosterService rosters;

	@Autowired
	OrganizationService organization;

	@Autowired
	IdentityService identity;

	@Autowired
	AuditTrail audit;

	Staffs staffs;

	OrgId hangu;

	@BeforeEach
	void setUp() {
		staffs = new Staffs(identity);
		hangu = organization.byCreditCode("115001070093712808").orElseThrow().id();
	}

	/** Every row of the first sheet as text, the header row first. */
	private static List<List<String>> open(byte[] xlsx) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getLastCellNum(); i++) {
					var cell = row.getCell(i);
					cells.add(cell == null ? "" : switch (cell.getCellType()) {
						case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
						default -> cell.getStringCellValue();
					});
				}
				rows.add(cells);
			}
			return rows;
		}
	}

	private byte[] download(String url, String user, String... params) throws Exception {
		var request = get(url).with(staffs.as(user));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", Spreadsheets.CONTENT_TYPE))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
			.andReturn().getResponse().getContentAsByteArray();
	}

	private long exportsAudited() {
		return audit.search(new AuditFilter(null, "legalservice.exported", null, null), hangu, 0).getTotalElements();
	}

	@Test
	void theConsultationExportKeepsThePagesFiltersAndMasksTheAsker() throws Exception {
		String question = "导出测试：工资被拖欠三个月 " + UUID.randomUUID();
		consultations.ask(new AskQuestion(hangu, Channel.PHONE, LocalDate.of(2024, 6, 6), "孙大海", "13800001111", null,
				Topic.LABOUR, question, null), "tiaojie");
		long before = exportsAudited();

		List<List<String>> rows = open(download("/console/legal/consultations.xlsx", "tiaojie", "channel", "PHONE",
				"topic", "LABOUR", "open", "true"));
		assertThat(rows.get(0)).containsExactlyElementsOf(LegalServiceExports.CONSULTATION_HEADERS);
		List<List<String>> data = rows.subList(1, rows.size());
		assertThat(data).isNotEmpty().allSatisfy(r -> {
			assertThat(r.get(1)).isEqualTo("电话");
			assertThat(r.get(5)).isEqualTo("劳动用工");
			assertThat(r.get(8)).isEqualTo("待答复");
		});
		List<String> mine = data.stream().filter(r -> r.get(6).equals(question)).findFirst().orElseThrow();
		assertThat(mine.get(0)).isEqualTo("2024-06-06");
		assertThat(mine.get(2)).isEqualTo("孙*海");
		assertThat(mine.get(3)).isEqualTo("138****1111");
		assertThat(String.join("|", rows.stream().flatMap(List::stream).toList())).doesNotContain("孙大海", "13800001111");
		assertThat(exportsAudited()).isEqualTo(before + 1);

		// another channel: the same question is not in it
		List<List<String>> walkIns = open(download("/console/legal/consultations.xlsx", "tiaojie", "channel", "WALK_IN",
				"topic", "LABOUR"));
		assertThat(walkIns).noneMatch(r -> r.contains(question));
	}

	@Test
	void theNavigatorRosterListsTheTownsTwentyOneWithMaskedPhones() throws Exception {
		long before = exportsAudited();
		List<List<String>> rows = open(download("/console/legal/navigators.xlsx", "tiaojie"));
		assertThat(rows.get(0)).containsExactlyElementsOf(LegalServiceExports.NAVIGATOR_HEADERS);
		assertThat(rows.size() - 1).isEqualTo(rosters.navigators(hangu).size()).isGreaterThanOrEqualTo(21);
		Navigator first = rosters.navigators(hangu).get(0);
		assertThat(rows.get(1).get(0)).isEqualTo(first.villageName());
		assertThat(rows.get(1).get(1)).isEqualTo(first.name());
		assertThat(rows.get(1).get(2)).isEqualTo(first.maskedPhone());
		assertThat(rows.get(1).get(4)).isEqualTo(String.valueOf(first.trainings()));
		assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.get(2)).matches("|\\d{3}\\*{4}\\d{4}"));
		assertThat(exportsAudited()).isEqualTo(before + 1);
	}

	@Test
	void theAdvisorRosterShowsTermsAndARenewalDue() throws Exception {
		List<List<String>> rows = open(download("/console/legal/advisors.xlsx", "tiaojie"));
		assertThat(rows.get(0)).containsExactlyElementsOf(LegalServiceExports.ADVISOR_HEADERS);
		assertThat(rows.subList(1, rows.size())).hasSize(rosters.advisors(hangu).size())
			.anyMatch(r -> r.get(0).equals("重庆渝高律师事务所") && r.get(3).equals("2023-12-31") && r.get(4).equals("已到期"));
	}

	@Test
	void anOfficerWithoutTheLegalServiceRoleGetsNoExport() throws Exception {
		mvc.perform(get("/console/legal/navigators.xlsx").with(staffs.as("leader"))).andExpect(status().isForbidden());
		mvc.perform(get("/console/legal/consultations.xlsx").with(staffs.as("leader"))).andExpect(status().isForbidden());
	}
}
