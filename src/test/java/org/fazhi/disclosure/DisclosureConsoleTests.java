package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fazhi.support.Unique;
import org.fazhi.FazhiTest;
import org.fazhi.identity.IdentityService;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.office.Spreadsheets;
import org.fazhi.support.Staffs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@FazhiTest
class DisclosureConsoleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityService identity;

	@Autowired
	DisclosureService disclosure;

	@Autowired
	DisclosureInspection inspection;

	@Autowired
	OrganizationService organization;

	OrgId org() {
		return organization.byCreditCode("115001070093712808").orElseThrow().id();
	}

	Staffs staffs() {
		return new Staffs(identity);
	}

	Document draft(String title, String body) {
		return disclosure.create(org(), "gongkai", disclosure.column(org(), "zwdt").id(), new Document.Metadata(title,
				body, "无", "综合政务", "工作动态", "含谷镇", LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 6), null, null));
	}

	@Test
	void theListShowsTheDueListAndTheOtherTownsRecordsAreNotFound() throws Exception {
		Document d = draft("待办测试" + Unique.letters(), "<p>正文</p>");
		mvc.perform(get("/console/disclosure").with(staffs().as("gongkai"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(d.title())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("已逾期")));
		mvc.perform(get("/console/disclosure/" + d.id()).with(staffs().as("jf-gongkai"))).andExpect(status().isNotFound());
		mvc.perform(get("/console/disclosure")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aFormWithMissingFieldsKeepsTheInputAndSaysWhatIsWrong() throws Exception {
		mvc.perform(post("/console/disclosure").with(staffs().as("gongkai")).with(csrf()).param("title", "只有标题的草稿"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("请填写正文")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("只有标题的草稿")));
		mvc.perform(post("/console/disclosure").with(staffs().as("gongkai")).with(csrf())
			.param("columnId", String.valueOf(disclosure.column(org(), "zwdt").id())).param("title", "控制台新建")
			.param("body", "第一段\n第二段").param("docNumber", "无").param("theme", "综合政务").param("genre", "工作动态")
			.param("publisher", "含谷镇").param("writtenOn", "2024-05-06").param("formedOn", "2024-05-06"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aRenamedExecutableUploadedInTheConsoleIsRefusedWithAChineseMessage() throws Exception {
		Document d = draft("附件测试" + Unique.letters(), "<p>正文</p>");
		byte[] exe = new byte[256];
		exe[0] = 'M';
		exe[1] = 'Z';
		mvc.perform(multipart("/console/disclosure/" + d.id() + "/files")
			.file(new MockMultipartFile("file", "通知.pdf", "application/pdf", exe))
			.with(staffs().as("gongkai")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("改了扩展名的程序")));
		assertThat(disclosure.files(d.id())).isEmpty();
	}

	@Test
	void theStatisticsPageShowsTheSeedFiguresWithLinksToTheirRecords() throws Exception {
		mvc.perform(get("/console/disclosure/statistics").param("year", "2023").with(staffs().as("gongkai")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"<th scope=\"row\">社会救助、文化服务等政务信息</th><td>86</td>")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("提前不足 5 日")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("late=true")));
	}

	@Test
	void theListExportsToExcel() throws Exception {
		byte[] xlsx = mvc.perform(get("/console/disclosure/export.xlsx").param("year", "2023").with(staffs().as("gongkai")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		var rows = Spreadsheets.read(new java.io.ByteArrayInputStream(xlsx), List.of("索引号", "标题", "栏目"));
		assertThat(rows).hasSizeGreaterThanOrEqualTo(120).allMatch(r -> r.get("索引号").contains("/2023-"));
	}

	@Test
	void importTakesTheGoodRowsAndNamesTheBadOnes() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		byte[] sheet = Spreadsheets.write("公开信息", DisclosureImport.HEADERS, List.of(
				List.of("政务动态", "导入甲" + tag, "无", "综合政务", "工作动态", "含谷镇", "2024-03-01", "2024-03-01", "2024-03-04",
						"", "", "导入的正文", "纪要.docx"),
				List.of("不存在的栏目", "导入乙" + tag, "无", "综合政务", "工作动态", "含谷镇", "2024-03-01", "", "2024-03-04", "", "",
						"正文", ""),
				List.of("zwdt", "导入丙" + tag, "无", "综合政务", "工作动态", "含谷镇", "2024-03-01", "", "2024-03-04", "", "",
						"联系人电话13800138000", ""),
				List.of("财政预决算", "导入丁" + tag, "无", "财政、金融、审计", "报告", "含谷镇", "2023-01-03", "", "2023-03-30", "",
						"", "逾期无理由", "")));
		var doc = new java.io.ByteArrayOutputStream();
		try (var d = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
			d.createParagraph().createRun().setText("会议纪要");
			d.write(doc);
		}
		mvc.perform(multipart("/console/disclosure/import")
			.file(new MockMultipartFile("sheet", "导入.xlsx", Spreadsheets.CONTENT_TYPE, sheet))
			.file(new MockMultipartFile("files", "纪要.docx", "application/octet-stream", doc.toByteArray()))
			.with(staffs().as("gongkai")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("已导入 1 条")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("第 3 行")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("栏目“不存在的栏目”不存在")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("第 4 行")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("第 5 行")));
		var imported = disclosure.listAll(org(), new DocumentFilter(tag, null, null, null, null));
		assertThat(imported).singleElement().satisfies(d -> {
			assertThat(d.title()).isEqualTo("导入甲" + tag);
			assertThat(d.indexNumber()).startsWith("115001070093712808/2024-");
			assertThat(disclosure.files(d.id())).hasSize(1);
		});
	}

	@Test
	void selfInspectionFindsBrokenInternalLinksAndIdleColumns() {
		Document d = draft("自查测试" + Unique.letters(), "<p>详见<a href=\"/disclosure/doc/99999999\">原文</a></p>");
		disclosure.submit(org(), "gongkai", d.id());
		disclosure.approve(org(), "shenhe", d.id(), null);
		disclosure.publishOn(org(), "gongkai", d.id(), LocalDate.of(2024, 5, 7), null);
		var findings = inspection.inspect(org(), LocalDate.of(2025, 6, 30));
		assertThat(findings).anyMatch(f -> f.kind() == DisclosureInspection.Kind.BROKEN_LINK
				&& f.where().contains(d.title()));
		assertThat(findings).anyMatch(f -> f.kind() == DisclosureInspection.Kind.IDLE_COLUMN
				&& f.where().equals("机构职能"));
	}
}
