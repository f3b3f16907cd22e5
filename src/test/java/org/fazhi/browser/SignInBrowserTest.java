package org.fazhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.fazhi.FazhiTest;
import org.fazhi.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A town official's day, in a real browser: the portal, 长者模式, signing in, the console, signing out. */
@FazhiTest
class SignInBrowserTest {

	@LocalServerPort
	int port;

	@Test
	void anOfficialOpensThePortalSignsInSeesTheConsoleAndSignsOut() throws Exception {
		try (Browser browser = Browser.open("http://localhost:" + port, "signin")) {
			browser.go("/");
			assertThat(browser.find(By.cssSelector(".site-name")).getText()).isEqualTo("重庆高新区含谷镇人民政府");
			assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
			assertThat(Files.size(browser.screenshot("portal"))).isPositive();
			assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the portal home").isEmpty();

			browser.find(By.linkText("长者模式")).click();
			browser.find(By.linkText("标准模式"));
			assertThat(browser.find(By.tagName("body")).getAttribute("class")).contains("elder");
			browser.screenshot("elder-mode");

			browser.find(By.linkText("工作人员入口")).click();
			browser.waitForPath("/login");
			assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("工作人员登录");
			browser.screenshot("login");
			assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the sign-in page").isEmpty();

			browser.find(By.id("username")).sendKeys("gongkai");
			browser.find(By.id("password")).sendKeys(TestAccounts.DEMO_PASSWORD);
			browser.find(By.cssSelector("form.form button[type=submit]")).click();
			browser.waitForPath("/console");
			assertThat(browser.path()).as("back to the page asked for").matches("/console(\\?continue)?");
			assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("我的待办");
			assertThat(browser.find(By.cssSelector("nav.sidebar")).getText()).contains("我的待办");
			assertThat(browser.driver().getPageSource()).contains("李政务公开员");
			browser.screenshot("console");

			browser.find(By.xpath("//button[normalize-space()='退出']")).click();
			browser.waitForPath("/login?signedOut");
			assertThat(browser.find(By.cssSelector("p.notice")).getText()).contains("您已安全退出");
			browser.screenshot("signed-out");

			browser.go("/console");
			browser.waitForPath("/login");
		}
	}
}
