package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.fazhi.FazhiTest;
import org.fazhi.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A citizen searches the portal, opens a result, and every page passes axe-core without serious violations. */
@FazhiTest
class DisclosureBrowserTests {

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	DisclosureSearch search;

	/**
	 * This context shares the in-memory database with the MockMvc context of the same test run (the demo is seeded
	 * once) but has an index of its own (local-heap): build it from the database, as an admin would after a restore.
	 */
	@org.junit.jupiter.api.BeforeEach
	void indexWhatTheDatabaseHolds() throws InterruptedException {
		search.reindex();
	}

	@Test
	void aCitizenSearchesOpensTheReportAndThePagesAreAccessible() throws IOException {
		try (var b = Browser.open("http://localhost:" + port, "disclosure-search")) {
			WebDriver driver = b.driver();
			b.go("/disclosure");
			assertNoSeriousViolations(b, "catalog");
			b.screenshot("catalog");

			driver.findElement(By.id("q")).sendKeys("法治政府 报告", Keys.ENTER);
			assertThat(driver.findElement(By.cssSelector(".result-count")).getText()).startsWith("找到");
			b.screenshot("results");
			assertNoSeriousViolations(b, "search");

			driver.findElement(By.cssSelector(".search-results li h2 a")).click();
			assertThat(driver.findElement(By.tagName("h1")).getText()).contains("法治政府建设情况报告");
			assertThat(driver.findElements(By.cssSelector("table.doc-meta"))).hasSize(1);
			assertThat(driver.findElement(By.cssSelector("table.doc-meta")).getText()).contains("115001070093712808/");
			b.screenshot("document");
			assertNoSeriousViolations(b, "document");

			// 长者模式 is a plain link that keeps the reader on the page
			driver.findElement(By.cssSelector(".elder-toggle")).click();
			assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).contains("elder");
			assertNoSeriousViolations(b, "document-elder");
			b.screenshot("document-elder");
		}
	}

	private static void assertNoSeriousViolations(Browser b, String page) throws IOException {
		assertThat(b.seriousAccessibilityViolations()).as("serious or critical axe-core violations on " + page).isEmpty();
	}
}
