package org.fazhi.inforequest;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.FazhiTest;
import org.fazhi.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

@FazhiTest
class InfoRequestBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aCitizenFilesARequestOnThePortalAndFollowsItWithTheQueryCode() throws Exception {
		try (Browser b = Browser.open("http://localhost:" + port, "inforequest")) {
			WebDriver d = b.driver();
			b.go("/");
			d.findElement(By.linkText("依申请公开")).click();
			b.screenshot("form");
			// first try with a mistake: the summary lists it and the typed values stay
			d.findElement(By.id("name")).sendKeys("张三");
			d.findElement(By.id("idNumber")).sendKeys("110101199003071234");
			d.findElement(By.id("description")).sendKeys("含谷镇2024年村道硬化工程的立项批复文件");
			d.findElement(By.cssSelector("form.form button[type=submit]")).click();
			assertThat(d.findElement(By.cssSelector(".error-summary")).getText()).contains("身份").contains("联系方式");
			assertThat(d.findElement(By.id("name")).getAttribute("value")).isEqualTo("张三");
			b.screenshot("errors");
			d.findElement(By.id("idNumber")).clear();
			d.findElement(By.id("idNumber")).sendKeys("110101199003071233");
			d.findElement(By.id("phone")).sendKeys("13800138000");
			d.findElement(By.cssSelector("form.form button[type=submit]")).click();
			java.util.List<org.openqa.selenium.WebElement> codes = d.findElements(By.cssSelector(".receipt-code"));
			assertThat(codes).hasSize(2);
			String number = codes.get(0).getText();
			String code = codes.get(1).getText();
			assertThat(number).matches("YSQ-\\d{4}-\\d{6}");
			assertThat(code).matches("[2-9A-Z]{8}");
			assertThat(d.getPageSource()).contains("打印回执");
			assertThat(d.manage().getCookieNamed("JSESSIONID")).as("the portal keeps no session").isNull();
			b.screenshot("receipt");

			b.go("/track");
			d.findElement(By.id("number")).sendKeys(number);
			d.findElement(By.id("code")).sendKeys(code);
			d.findElement(By.cssSelector("form.form button[type=submit]")).click();
			String page = d.findElement(By.cssSelector(".tracking")).getText();
			assertThat(page).contains(number).contains("答复期限").contains("网上提交申请");
			b.screenshot("tracking");

			// the office sees it on the console: list with the light, record page, annual tables
			b.signIn("gongkai");
			b.go("/console/inforequests?q=" + number);
			assertThat(d.findElement(By.cssSelector("table.list")).getText()).contains(number).contains("正常");
			b.screenshot("console-list");
			d.findElement(By.linkText(number)).click();
			assertThat(d.getPageSource()).contains("告知补正").contains("作出答复").doesNotContain("110101199003071233");
			b.screenshot("console-record");
			b.go("/console/inforequests/report?year=2023");
			assertThat(d.getPageSource()).contains("表格校验通过");
			b.screenshot("console-report-2023");
			((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView()",
					d.findElement(By.cssSelector("table.report")));
			b.screenshot("console-report-2023-table-three");
		}
	}
}
