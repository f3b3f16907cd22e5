package org.fazhi.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.fazhi.FazhiTest;
import org.fazhi.browser.Browser;
import org.fazhi.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 网上信访 and its tracking in a real browser, without JavaScript being needed and without a session. */
@FazhiTest
class PetitionBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aCitizenFilesAPetitionOnlineAndFollowsIt_Art17Art23() throws Exception {
		try (var b = Browser.open("http://localhost:" + port, "petition-online")) {
			b.go("/petitions");
			b.screenshot("form");
			b.driver().findElement(By.id("name")).sendKeys("刘德华");
			b.driver().findElement(By.id("idNumber")).sendKeys("500107198001011234");
			b.driver().findElement(By.id("subject")).sendKeys("村道路灯损坏");
			b.driver().findElement(By.cssSelector("form.form button[type=submit]")).click();
			new WebDriverWait(b.driver(), Duration.ofSeconds(20))
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
			String errors = b.driver().findElement(By.id("main")).getText();
			assertThat(errors).contains("请修改以下内容后再提交").contains("身份证号码校验位不正确").contains("请填写联系电话");
			// what was typed is still there
			assertThat(b.driver().findElement(By.id("subject")).getDomProperty("value")).isEqualTo("村道路灯损坏");
			b.screenshot("errors");
			b.driver().findElement(By.id("idNumber")).clear();
			b.driver().findElement(By.id("phone")).sendKeys("13800001111");
			new Select(b.driver().findElement(By.id("villageId"))).selectByVisibleText("白马村");
			b.driver().findElement(By.id("content")).sendKeys("白马村村道的路灯已损坏一个多月，夜间出行不安全。");
			b.driver().findElement(By.id("demand")).sendKeys("请求尽快维修路灯");
			b.driver().findElement(By.cssSelector("form.form button[type=submit]")).click();
			new WebDriverWait(b.driver(), Duration.ofSeconds(20))
				.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-number")));
			String number = b.driver().findElement(By.id("tracking-number")).getText();
			String code = b.driver().findElement(By.id("query-code")).getText();
			assertThat(number).matches("XF-\\d{4}-\\d{6}");
			assertThat(b.driver().findElement(By.id("main")).getText()).contains("受理告知期限").contains("打印本页");
			// the petition pages create no server session
			assertThat(b.driver().manage().getCookieNamed("FAZHI_SESSION")).as("cookies %s",
					b.driver().manage().getCookies()).isNull();
			b.screenshot("receipt");

			b.go("/track");
			b.driver().findElement(By.id("number")).sendKeys(number);
			b.driver().findElement(By.id("code")).sendKeys(code);
			b.driver().findElement(By.cssSelector("form.form button[type=submit]")).click();
			new WebDriverWait(b.driver(), Duration.ofSeconds(20))
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tracking, .problem")));
			String tracking = b.driver().findElement(By.id("main")).getText();
			assertThat(tracking).contains("信访").contains(number).contains("已登记，待受理告知").contains("收到信访事项（网上信访）");
			b.screenshot("tracking");

			b.signIn("xinfang");
			// the new petition's 受理告知 clock is in the officer's 待办
			assertThat(b.driver().findElement(By.id("main")).getText()).contains("信访 " + number + " 受理告知");
			b.go("/console/petitions?status=RECEIVED");
			assertThat(b.driver().findElement(By.id("main")).getText()).contains(number).contains("刘*华");
			b.screenshot("desk-list");
			b.driver().findElement(By.linkText(number)).click();
			new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches("/console/petitions/\\d+$"));
			assertThat(b.driver().findElement(By.id("main")).getText()).contains("依法分类").contains("信访事项受理告知");
			b.screenshot("desk-record");
		}
	}

	@Test
	void thePetitionPagesHaveNoSeriousAccessibilityViolations() throws Exception {
		try (var b = Browser.open("http://localhost:" + port, "petition-axe")) {
			b.go("/petitions");
			assertThat(b.seriousAccessibilityViolations()).as("petition form").isEmpty();
			b.find(By.cssSelector("form.form button[type=submit]")).click();
			new WebDriverWait(b.driver(), Duration.ofSeconds(20))
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
			assertThat(b.seriousAccessibilityViolations()).as("petition form with errors").isEmpty();
			b.find(By.id("name")).sendKeys("陈十一");
			b.find(By.id("phone")).sendKeys("13900002222");
			b.find(By.id("subject")).sendKeys("建议增设垃圾分类点");
			b.find(By.id("content")).sendKeys("小区垃圾分类点太少");
			b.find(By.id("demand")).sendKeys("建议增设");
			b.find(By.cssSelector("form.form button[type=submit]")).click();
			new WebDriverWait(b.driver(), Duration.ofSeconds(20))
				.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-number")));
			String number = b.find(By.id("tracking-number")).getText();
			assertThat(b.seriousAccessibilityViolations()).as("receipt").isEmpty();
			b.go("/petitions/rate");
			assertThat(b.seriousAccessibilityViolations()).as("rating form").isEmpty();
			b.signIn("xinfang");
			b.go("/console/petitions");
			assertThat(b.seriousAccessibilityViolations()).as("desk list").isEmpty();
			b.find(By.linkText(number)).click();
			new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches("/console/petitions/\\d+$"));
			assertThat(b.seriousAccessibilityViolations()).as("desk record").isEmpty();
			b.screenshot("record");
			b.go("/console/petitions/new");
			assertThat(b.seriousAccessibilityViolations()).as("desk registration").isEmpty();
			b.go("/console/petitions/ledger/import");
			assertThat(b.seriousAccessibilityViolations()).as("ledger import").isEmpty();
		}
	}
}
