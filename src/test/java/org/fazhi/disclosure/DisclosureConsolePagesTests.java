package org.fazhi.disclosure;

import static org.fazhi.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.fazhi.support.Unique;
import org.fazhi.FazhiTest;
import org.fazhi.identity.IdentityService;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.fazhi.support.Staffs;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Every console page renders for each state a record can be in, and the workflow buttons do what they say. */
@FazhiTest
class DisclosureConsolePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityService identity;

	@Autowired
	DisclosureService disclosure;

	@Autowired
	OrganizationService organization;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	OrgId org() {
		return organization.byCreditCode("115001070093712808").orElseThrow().id();
	}

	/** OGI Art. 26: a draft past its 20-工作日 limit reaches the leaders, who may read it but not act on it. */
	@Test
	void anOverdueDraftReachesTheLeadersWhoReadButDoNotChangeIt_OGIArt26() throws Exception {
		var leader = new Staffs(identity).as("leader");
		String title = "逾期未公开" + Unique.letters();
		Document d = disclosure.create(org(), "gongkai", disclosure.column(org(), "zwdt").id(),
				new Document.Metadata(title, "<p>正文</p>", "无", "综合政务", "通知", "含谷镇", LocalDate.of(2024, 5, 6),
						LocalDate.of(2024, 5, 6), null, null));
		mvc.perform(get("/console").with(leader)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("公开：" + title)));
		mvc.perform(get("/console/disclosure/" + d.id()).with(leader)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(title)))
			.andExpect(content().string(Matchers.not(Matchers.containsString("提交保密审查"))));
		mvc.perform(post("/console/disclosure/" + d.id() + "/submit").with(leader).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/console/disclosure/new").with(leader)).andExpect(status().isForbidden());
	}

	@Test
	void everyPageRendersThroughTheWholeWorkflow() throws Exception {
		var as = new Staffs(identity).as("gongkai");
		// written by someone else, so that gongkai may do the 保密审查
		Document d = disclosure.create(org(), "other-author", disclosure.column(org(), "ggfw").id(),
				new Document.Metadata("页面测试" + Unique.letters(), "<p>联系人手机13800138000</p>", "无", "综合政务", "通知",
						"含谷镇", LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 6), LocalDate.of(2030, 1, 1), null));
		String page = "/console/disclosure/" + d.id();
		mvc.perform(get(page).with(as)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("提交保密审查")));
		mvc.perform(get(page + "/edit").with(as)).andExpect(status().isOk());
		mvc.perform(post(page + "/submit").with(as).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get(page).with(as)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("<td>138****8000</td>")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("13800138000"))));
		mvc.perform(get(page).param("unmask", "true").with(as)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("13800138000")));
		org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'personaldata.view' and target_id = ?", Long.class,
				String.valueOf(d.id()))).isEqualTo(1);
		mvc.perform(post(page + "/approve").with(as).with(csrf()))
			.andExpect(flash().attribute("problem", Matchers.containsString("未处理")));
		long hit = disclosure.hits(d.id()).get(0).id();
		mvc.perform(post(page + "/hits/" + hit + "/redact").with(as).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post(page + "/approve").with(as).with(csrf()))
			.andExpect(flash().attribute("notice", "保密审查已通过。"));
		mvc.perform(get(page).with(as)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("逾期发布理由")));
		mvc.perform(post(page + "/publish").with(as).with(csrf()))
			.andExpect(flash().attribute("problem", Matchers.containsString("第二十六条")));
		mvc.perform(post(page + "/publish").param("lateReason", "补录").with(as).with(csrf()))
			.andExpect(flash().attribute("notice", Matchers.containsString("115001070093712808/")));
		mvc.perform(get(page).with(as)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("逾期发布")));
		mvc.perform(get(page + "/edit").with(as)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("更新理由")));
		mvc.perform(post(page + "/validity").param("validity", "REPEALED").param("from", "2025-01-01").with(as).with(csrf()))
			.andExpect(flash().attribute("notice", "有效性已变更。"));
		mvc.perform(get("/disclosure/doc/" + d.id())).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("废止")));
		mvc.perform(post(page + "/withdraw").param("reason", "活动取消").with(as).with(csrf()))
			.andExpect(flash().attribute("notice", "已撤回。"));
		mvc.perform(get(page).with(as)).andExpect(status().isOk());
		mvc.perform(get("/disclosure/doc/" + d.id())).andExpect(status().isGone())
			.andExpect(content().string(Matchers.containsString("该信息已撤回")));

		mvc.perform(get("/console/disclosure/new").with(as)).andExpect(status().isOk());
		mvc.perform(get("/console/disclosure/import").with(as)).andExpect(status().isOk());
		mvc.perform(get("/console/disclosure/import/template.xlsx").with(as)).andExpect(status().isOk());
		mvc.perform(get("/console/disclosure/inspection").with(as)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("栏目长期未更新")));
		mvc.perform(get("/console/disclosure/settings").with(as)).andExpect(status().isOk());
		mvc.perform(post("/console/disclosure/settings/columns").param("code", "x").param("name", "乡村振兴")
			.param("category", "SERVICE").with(as).with(csrf()))
			.andExpect(flash().attribute("problem", Matchers.containsString("栏目代码")));
		mvc.perform(get("/console/disclosure/admin/index").with(as)).andExpect(status().isForbidden());
	}

	@Test
	void theDistrictAdministratorRebuildsTheSearchIndex() throws Exception {
		// the index serves every town: a town's administrator may not rebuild it
		mvc.perform(get("/console/disclosure/admin/index").with(new Staffs(identity).as("jf-admin")))
			.andExpect(status().isForbidden());
		var admin = new Staffs(identity).as("district-admin");
		mvc.perform(get("/console/disclosure/admin/index").with(admin)).andExpect(status().isOk());
		mvc.perform(post("/console/disclosure/admin/index").with(admin).with(csrf()))
			.andExpect(flash().attribute("notice", Matchers.containsString("全文检索索引已重建")));
	}
}
