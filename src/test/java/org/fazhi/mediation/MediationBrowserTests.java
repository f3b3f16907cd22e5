package org.fazhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiTest;
import org.fazhi.TestAccounts;
import org.fazhi.browser.Browser;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A mediator signs in and goes through the console's mediation pages: the list with its 调结 lights, a record, and
 * the statistics, whose figures lead back to the list. axe-core finds no serious or critical violation on any.
 */
@FazhiTest
class MediationBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	MediationService mediation;

	@Autowired
	OrganizationService organization;

	@Test
	void theListARecordAndTheStatisticsAreAccessibleAndTheFiguresLeadToTheList() throws Exception {
		OrgId hangu = organization.byCreditCode("115001070093712808").orElseThrow().id();
		Dispute d = mediation.register(new RegisterDispute(hangu, null, "浏览器测试村", DisputeType.NEIGHBOUR,
				DisputeSource.SCREENING, null, "因排水沟发生争执", LocalDate.of(2024, 7, 1), true, "双方曾发生推搡",
				mediation.committee(hangu), "陈调解",
				List.of(new RegisterDispute.Party(PartyKind.PERSON, "郑大成", null, "13800138000", null))), "tiaojie");
		try (var b = Browser.open("http://localhost:" + port, "mediation")) {
			b.go("/login");
			b.find(By.id("username")).sendKeys("tiaojie");
			b.find(By.id("password")).sendKeys(TestAccounts.DEMO_PASSWORD);
			b.find(By.cssSelector("form.form button[type=submit]")).click();
			b.waitForPath("/console");

			b.go("/console/mediation?village=浏览器测试村");
			assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("矛盾纠纷调处");
			assertThat(b.find(By.cssSelector("table.list")).getText()).contains(d.caseNumber(), "调结期限", "已逾期");
			b.screenshot("list");
			assertThat(b.seriousAccessibilityViolations()).as("axe-core on the mediation list").isEmpty();

			b.find(By.linkText(d.caseNumber())).click();
			b.waitForPath("/console/mediation/" + d.id());
			assertThat(b.find(By.tagName("h1")).getText()).contains(d.caseNumber());
			b.screenshot("record");
			assertThat(b.seriousAccessibilityViolations()).as("axe-core on the dispute record").isEmpty();

			b.go("/console/mediation/statistics?year=2023");
			assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("人民调解统计");
			b.screenshot("statistics");
			assertThat(b.seriousAccessibilityViolations()).as("axe-core on the statistics page").isEmpty();

			b.find(By.linkText("434 件")).click();
			b.waitForPath("/console/mediation?");
			assertThat(b.find(By.cssSelector("table.list caption")).getText()).contains("共 434 件");
			b.screenshot("list-behind-a-figure");
		}
	}
}
