package org.fazhi.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.fazhi.FazhiTest;
import org.fazhi.browser.Browser;
import org.fazhi.organization.OrganizationService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The district decides a 复查 in a real browser; the petitioner then rates the result from /track. */
@FazhiTest
class PetitionReviewBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	PetitionService service;

	@Autowired
	OrganizationService organization;

	@Test
	void theDistrictDecidesAReviewAndThePetitionerRatesFromTheTrackingPage_Art35() throws Exception {
		PetitionFixtures fx = new PetitionFixtures(service, organization);
		Receipt r = fx.register(LocalDate.of(2024, 3, 1), "村道排水沟堵塞", 1);
		service.classify(fx.hangu, r.id(), PetitionType.COMPLAINT, Route.OPINION, "xinfang");
		service.accept(fx.hangu, r.id(), LocalDate.of(2024, 3, 5), "党政办", "xinfang");
		service.answer(fx.hangu, r.id(), Outcome.NOT_SUPPORT, "经调查核实", "诉求缺乏依据", "《信访工作条例》第三十二条",
				LocalDate.of(2024, 5, 6), LocalDate.of(2024, 6, 3), "xinfang");
		service.recordReviewRequest(fx.hangu, r.id(), LocalDate.of(2024, 7, 3), "xinfang");
		String number = r.trackingNumber().value();
		WebDriverWait wait;
		try (var b = Browser.open("http://localhost:" + port, "petition-review")) {
			wait = new WebDriverWait(b.driver(), Duration.ofSeconds(20));
			b.signIn("qu-xinfang");
			b.go("/console/petition-reviews");
			assertThat(b.find(By.id("main")).getText()).contains(number).contains("含谷镇").contains("复查");
			assertThat(b.seriousAccessibilityViolations()).as("review list").isEmpty();
			b.screenshot("review-list");
			b.find(By.linkText(number)).click();
			wait.until(ExpectedConditions.urlMatches("/console/petition-reviews/\\d+$"));
			assertThat(b.seriousAccessibilityViolations()).as("review page").isEmpty();
			b.find(By.id("result")).sendKeys("撤销原处理意见，责成含谷镇重新办理");
			b.find(By.id("reasons")).sendKeys("原处理意见未查明排水沟权属");
			b.find(By.cssSelector("form.form button.primary")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
			assertThat(b.find(By.id("main")).getText()).contains("复查意见书已出具").contains("信访事项复查意见书");
			b.screenshot("review-decided");
			b.go("/console/petitions/statistics?org=" + fx.hangu.value() + "&year=2024");
			assertThat(b.find(By.id("main")).getText()).contains("重复信访率").contains("满意率");
			assertThat(b.seriousAccessibilityViolations()).as("statistics").isEmpty();
		}
		assertThat(service.petition(Set.of(fx.hangu), r.id()).status()).isEqualTo(PetitionStatus.REVIEWED);

		try (var b = Browser.open("http://localhost:" + port, "petition-rate")) {
			wait = new WebDriverWait(b.driver(), Duration.ofSeconds(20));
			b.go("/track");
			b.find(By.id("number")).sendKeys(number);
			b.find(By.id("code")).sendKeys(r.queryCode().value());
			b.find(By.cssSelector("form.form button[type=submit]")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-actions")));
			assertThat(b.find(By.id("main")).getText()).contains("复查意见书：撤销原处理意见");
			b.find(By.linkText("评价办理结果")).click();
			wait.until(ExpectedConditions.urlContains("/petitions/rate"));
			assertThat(b.driver().getCurrentUrl()).doesNotContain(r.queryCode().value());
			assertThat(b.seriousAccessibilityViolations()).as("rating from tracking").isEmpty();
			b.find(By.cssSelector("input[name=rating][value=FAIRLY_SATISFIED]")).click();
			b.find(By.cssSelector("form.form button[type=submit]")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
			assertThat(b.find(By.id("main")).getText()).contains("感谢您的评价").contains("基本满意");
		}
		assertThat(service.petition(Set.of(fx.hangu), r.id()).satisfaction()).isEqualTo(Satisfaction.FAIRLY_SATISFIED);
	}
}
