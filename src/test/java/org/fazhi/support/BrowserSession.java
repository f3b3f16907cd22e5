package org.fazhi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for real-browser tests, as stack.md prescribes. Without /usr/bin/chromium the test is
 * skipped, unless {@code -Dfazhi.browser.required=true} (CI) makes a missing browser a failure.
 */
public final class BrowserSession implements AutoCloseable {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File DRIVER = new File("/usr/bin/chromedriver");

	private final WebDriver driver;

	private final String baseUrl;

	private final Path screenshots;

	private int shot;

	private BrowserSession(WebDriver driver, String baseUrl, Path screenshots) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.screenshots = screenshots;
	}

	public static BrowserSession open(int port, String testName) throws IOException {
		boolean required = Boolean.getBoolean("fazhi.browser.required");
		boolean present = CHROMIUM.canExecute() && DRIVER.canExecute();
		if (required) {
			assertThat(present).as("Chromium and chromedriver are required (-Dfazhi.browser.required=true)").isTrue();
		}
		assumeTrue(present, "Chromium is not installed: browser test skipped");
		Path profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1280,900", "--lang=zh-CN", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		Path shots = Path.of("target", "screenshots", testName);
		Files.createDirectories(shots);
		return new BrowserSession(driver, "http://localhost:" + port, shots);
	}

	public WebDriver driver() {
		return driver;
	}

	public void go(String path) {
		driver.get(baseUrl + path);
	}

	/** Saves target/screenshots/{test}/{nn}-{name}.png. */
	public void screenshot(String name) throws IOException {
		byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
		Files.write(screenshots.resolve(String.format("%02d-%s.png", ++shot, name)), png);
	}

	@Override
	public void close() {
		driver.quit();
	}
}
