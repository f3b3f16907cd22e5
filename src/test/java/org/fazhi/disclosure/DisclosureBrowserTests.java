package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.fazhi.FazhiTest;
import org.fazhi.support.BrowserSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
		try (var b = BrowserSession.open(port, "disclosure-search")) {
			WebDriver driver = b.driver();
			b.go("/disclosure");
			assertNoSeriousViolations(driver, "catalog");
			b.screenshot("catalog");

			driver.findElement(By.id("q")).sendKeys("法治政府 报告", Keys.ENTER);
			assertThat(driver.findElement(By.cssSelector(".result-count")).getText()).startsWith("找到");
			b.screenshot("results");
			assertNoSeriousViolations(driver, "search");

			driver.findElement(By.cssSelector(".search-results li h2 a")).click();
			assertThat(driver.findElement(By.tagName("h1")).getText()).contains("法治政府建设情况报告");
			assertThat(driver.findElements(By.cssSelector("table.doc-meta"))).hasSize(1);
			assertThat(driver.findElement(By.cssSelector("table.doc-meta")).getText()).contains("115001070093712808/");
			b.screenshot("document");
			assertNoSeriousViolations(driver, "document");

			// 长者模式 is a plain link that keeps the reader on the page
			driver.findElement(By.cssSelector(".elder-toggle")).click();
			assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).contains("elder");
			assertNoSeriousViolations(driver, "document-elder");
			b.screenshot("document-elder");
		}
	}

	private static void assertNoSeriousViolations(WebDriver driver, String page) throws IOException {
		String axe;
		try (InputStream in = DisclosureBrowserTests.class.getResourceAsStream("/axe/axe.min.js")) {
			assertThat(in).as("src/test/resources/axe/axe.min.js (npm pack axe-core@4.10.3)").isNotNull();
			axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript(axe);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		Object result = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
				  .then(r => done(r.violations
				    .filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
				  .catch(e => done(['axe failed: ' + e]));
				""");
		assertThat((java.util.List<?>) result).as("serious or critical axe-core violations on " + page).isEmpty();
	}
}
