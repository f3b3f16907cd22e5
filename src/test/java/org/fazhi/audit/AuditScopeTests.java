package org.fazhi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.Csrf.csrf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fazhi.FazhiTest;
import org.fazhi.TestAccounts;
import org.fazhi.audit.AuditTrail.AuditFilter;
import org.fazhi.calendar.ClockRule;
import org.fazhi.calendar.ClockRuleEditing;
import org.fazhi.calendar.ClockRules;
import org.fazhi.identity.IdentityService;
import org.fazhi.identity.StaffUser;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.fazhi.support.Staffs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Installation-wide settings (statutory clock rules, the calendar, the search index) change every town, so only a
 * district administrator changes them; every audit entry names the towns it affects, and each town's auditor sees
 * the entries that affect the town, installation-wide ones included.
 */
@FazhiTest
class AuditScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityService identity;

	@Autowired
	OrganizationService organization;

	@Autowired
	AuditTrail trail;

	@Autowired
	ClockRules rules;

	@Autowired
	ClockRuleEditing ruleEditing;

	@Test
	void aTownAdministratorCannotChangeTheStatutoryReplyRule_OgiArt33() throws Exception {
		Staffs staffs = new Staffs(identity);
		int revisions = rules.history("inforequest.reply").size();
		assertThat(staffs.user("jf-admin").can("calendar:manage")).isFalse();
		mvc.perform(post("/console/calendar/rules/inforequest.reply").with(staffs.as("jf-admin")).with(csrf())
			.param("name", "依申请公开答复")
			.param("period", "5WD")
			.param("startEvent", "收到申请之日")
			.param("maxExtensions", "1")
			.param("legalBasis", "《政府信息公开条例》第三十三条")
			.param("warnWithin", "5")
			.param("reason", "金凤镇管理员试图修改"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/console/calendar/2030").with(staffs.as("jf-admin")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(rules.history("inforequest.reply")).hasSize(revisions);
		assertThat(staffs.user("district-admin").can("calendar:manage")).isTrue();
	}

	@Test
	void aTownAdministratorCannotRebuildTheDeploymentsSearchIndex() throws Exception {
		Staffs staffs = new Staffs(identity);
		mvc.perform(post("/console/disclosure/admin/index").with(staffs.as("jf-admin")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/console/disclosure/admin/index").with(staffs.as("admin")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(staffs.user("district-admin").can("installation:admin")).isTrue();
	}

	@Test
	void aRuleChangeAffectsEveryTownAndEveryTownsAuditorSeesIt() throws Exception {
		String reason = TestAccounts.uniqueName("规则复核");
		ClockRule current = rules.get("inforequest.reply");
		ruleEditing.save(current, "系统管理员（高新区）（district-admin）", reason);
		Staffs staffs = new Staffs(identity);
		for (String auditor : new String[] { "auditor", TestAccounts.DISTRICT_AUDITOR }) {
			assertThat(trail.search(new AuditFilter(null, "calendar.rule.saved", null, null), staffs.user(auditor), 0))
				.as(auditor)
				.anyMatch(e -> e.detail().contains(reason) && e.affectsAll());
		}
		mvc.perform(get("/console/audit").param("action", "calendar.rule.saved").with(staffs.as("auditor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(reason)));
		// 金凤镇's auditor has no demo account: look as that town
		OrgId jinfeng = TestAccounts.org(organization, TestAccounts.JINFENG);
		assertThat(trail.search(new AuditFilter(null, "calendar.rule.saved", null, null), jinfeng, 0))
			.anyMatch(e -> e.detail().contains(reason));
	}

	@Test
	void anEntryIsSeenByTheTownsItNamesAndNoOtherTown() {
		OrgId hangu = TestAccounts.org(organization, TestAccounts.HANGU);
		OrgId jinfeng = TestAccounts.org(organization, TestAccounts.JINFENG);
		String own = TestAccounts.uniqueName("金凤镇自己的记录");
		String named = TestAccounts.uniqueName("涉及含谷镇的记录");
		trail.record(AuditRecord.of("test.scope", "test", null, jinfeng, own).by("测试", null));
		trail.record(AuditRecord.of("test.scope", "test", null, jinfeng, named).affecting(hangu).by("测试", null));
		StaffUser auditor = identity.loadUserByUsername("auditor");
		assertThat(trail.search(new AuditFilter("测试", "test.scope", null, null), auditor, 0))
			.noneMatch(e -> e.detail().equals(own))
			.anyMatch(e -> e.detail().equals(named));
		assertThat(trail.search(new AuditFilter("测试", "test.scope", null, null), jinfeng, 0))
			.anyMatch(e -> e.detail().equals(own))
			.anyMatch(e -> e.detail().equals(named));
	}

	@Test
	void aFailedSignInWithAnUnknownUserNameIsSeenByTheDistrictAuditorOnly() throws Exception {
		String unknown = TestAccounts.uniqueName("nobody");
		mvc.perform(post("/login").param("username", unknown).param("password", "Wrong@2024").with(csrf()));
		Staffs staffs = new Staffs(identity);
		StaffUser district = staffs.user(TestAccounts.DISTRICT_AUDITOR);
		assertThat(district.isDistrict()).isTrue();
		assertThat(district.can("audit:read")).isTrue();
		AuditFilter failed = new AuditFilter(unknown, "identity.signin.failed", null, null);
		assertThat(trail.search(failed, district, 0)).singleElement()
			.satisfies(e -> assertThat(e.orgId()).isNull());
		assertThat(trail.search(failed, staffs.user("auditor"), 0)).isEmpty();
		mvc.perform(get("/console/audit").param("actor", unknown).with(staffs.as("auditor")))
			.andExpect(content().string(not(containsString(unknown + "</td>"))));
		mvc.perform(get("/console/audit").param("actor", unknown).with(staffs.as(TestAccounts.DISTRICT_AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(unknown + "</td>")));
	}
}
