package org.fazhi.legalservice;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.FazhiTest;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.fazhi.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen asks online without signing in, keeps the receipt, the station answers, and the citizen reads the
 * answer on "查询办理进度".
 */
@FazhiTest
class ConsultationBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ConsultationService consultations;

	@Autowired
	OrganizationService organization;

	@Test
	void anOnlineQuestionAndItsReplyAreSeenOnTheTrackingPage() throws Exception {
		OrgId hangu = organization.byCreditCode("115001070093712808").orElseThrow().id();
		try (var b = Browser.open("http://localhost:" + port, "consultation")) {
			var d = b.driver();
			b.go("/legal");
			assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("法律服务");
			assertThat(d.getPageSource()).contains("星期二", "星期四");
			b.screenshot("legal-page");
			assertThat(b.seriousAccessibilityViolations()).as("axe-core on /legal").isEmpty();

			// an empty question is refused next to the field, and what was typed stays
			d.findElement(By.id("name")).sendKeys("欧阳小芳");
			d.findElement(By.cssSelector("form.form button[type=submit]")).click();
			assertThat(d.findElement(By.cssSelector(".error-summary")).getText()).contains("请填写您要咨询的问题。");
			assertThat(d.findElement(By.id("name")).getAttribute("value")).isEqualTo("欧阳小芳");
			b.screenshot("form-error");

			d.findElement(By.id("question")).sendKeys("承包地被邻居占用种菜，我该怎么办？");
			new org.openqa.selenium.support.ui.Select(d.findElement(By.id("topic"))).selectByVisibleText("土地房产");
			d.findElement(By.cssSelector("form.form button[type=submit]")).click();
			String number = d.findElement(By.id("tracking-number")).getText();
			String code = d.findElement(By.id("query-code")).getText();
			assertThat(number).matches("ZX-\\d{4}-\\d{6}");
			b.screenshot("receipt");
			assertThat(b.seriousAccessibilityViolations()).as("axe-core on the consultation receipt").isEmpty();

			long id = consultations.find(hangu, Channel.ONLINE, null, true, 0, 1000).stream()
				.filter(c -> number.equals(c.trackingNumber())).findFirst().orElseThrow().id();
			consultations.answer(hangu, id, "可先请村委会协调，协调不成可申请土地承包经营纠纷调解或仲裁。", "tiaojie");

			b.go("/track");
			d.findElement(By.id("number")).sendKeys(number);
			d.findElement(By.id("code")).sendKeys(code);
			d.findElement(By.cssSelector("form.form button[type=submit]")).click();
			String tracking = d.findElement(By.cssSelector(".tracking")).getText();
			assertThat(tracking).contains("法律咨询", number, "已答复", "可先请村委会协调，协调不成可申请土地承包经营纠纷调解或仲裁。");
			b.screenshot("tracking-with-reply");
		}
	}
}
