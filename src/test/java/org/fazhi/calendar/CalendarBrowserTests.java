package org.fazhi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.FazhiTest;
import org.fazhi.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The 期限计算器 and the year grid in a real browser, without JavaScript being needed. */
@FazhiTest
class CalendarBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aCitizenComputesAReplyDeadlineAcrossNationalDay_OgiArt33() throws Exception {
		try (var b = Browser.open("http://localhost:" + port, "calendar-calculator")) {
			b.go("/calendar");
			b.screenshot("empty");
			new Select(b.driver().findElement(By.id("rule"))).selectByValue("inforequest.reply");
			b.driver().findElement(By.id("start")).sendKeys("2024-10-01");
			// type=date inputs take the locale's order; set the ISO value directly when typing did not
			if (!"2024-10-01".equals(b.driver().findElement(By.id("start")).getDomProperty("value"))) {
				b.go("/calendar?rule=inforequest.reply&start=2024-10-01");
			}
			else {
				b.driver().findElement(By.cssSelector("form button[type=submit]")).click();
			}
			String page = b.driver().findElement(By.id("main")).getText();
			assertThat(page).contains("2024年11月1日（星期五）").contains("国庆节（法定节假日）").contains("调休上班日");
			assertThat(b.driver().manage().getCookieNamed("FAZHI_SESSION")).isNull();
			b.screenshot("result");
		}
	}

	@Test
	void theAdminSeesTheYearAsAMonthGrid() throws Exception {
		try (var b = Browser.open("http://localhost:" + port, "calendar-year")) {
			b.signIn("district-admin");
			b.go("/console/calendar/2026");
			String page = b.driver().findElement(By.id("main")).getText();
			assertThat(page).contains("2026年工作日历").contains("春节").contains("调休上班");
			b.screenshot("grid-2026");
			b.go("/console/calendar/rules");
			assertThat(b.driver().findElement(By.id("main")).getText()).contains("依申请公开答复");
			b.screenshot("rules");
			b.go("/console/calendar/2027");
			b.screenshot("grid-2027-missing");
			// the multipart import form carries its CSRF token through a real server; broken data saves nothing
			b.driver().findElement(By.id("json")).sendKeys("{不是JSON");
			b.driver().findElement(By.id("import-reason")).sendKeys("浏览器测试");
			b.driver().findElement(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]")).click();
			// wait for the answer page: the old page's elements go stale while it loads
			new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(10))
				.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
				.until(d -> d.findElement(By.id("main")).getText().contains("节假日安排数据格式不正确"));
			b.screenshot("import-problem");
		}
	}
}
