package org.fazhi.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for real-browser tests (stack.md): always the given driver (Selenium Manager would
 * go to the network), a fresh profile under target/, a screenshot per step under target/screenshots/, and
 * axe-core (vendored in src/test/resources/axe) for accessibility. Skips when Chromium is missing, unless
 * {@code -Dfazhi.browser.required=true} (CI) makes that a failure.
 */
public final class Browser implements AutoCloseable {

	public static final String CHROMIUM = "/usr/bin/chromium";

	public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final WebDriver driver;

	private final String baseUrl;

	private final String name;

	private int step;

	private Browser(WebDriver driver, String baseUrl, String name) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.name = name;
	}

	/** A browser for one test; {@code name} prefixes its screenshots. */
	public static Browser open(String baseUrl, String name) throws IOException {
		boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
		if (!present) {
			if (Boolean.getBoolean("fazhi.browser.required")) {
				fail(CHROMIUM + " or " + CHROMEDRIVER + " is missing but fazhi.browser.required=true: "
						+ "apt-get install chromium chromium-driver fonts-noto-cjk");
			}
			Assumptions.abort(CHROMIUM + " is not installed; browser test skipped");
		}
		Path base = Path.of("target", "browser-profiles");
		Files.createDirectories(base);
		Path profile = Files.createTempDirectory(base, name);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath(), "--lang=zh-CN");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		// a form post renders the next page asynchronously; elements are looked for until it has
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return new Browser(driver, baseUrl, name);
	}

	public WebDriver driver() {
		return driver;
	}

	public Browser go(String path) {
		driver.get(baseUrl + path);
		return this;
	}

	/**
	 * Signs a demo account in through the form and waits until the console has loaded: the sign-in's redirect must
	 * land before the next navigation, or it overtakes it.
	 */
	public Browser signIn(String username) {
		go("/login");
		find(By.id("username")).sendKeys(username);
		find(By.id("password")).sendKeys("Fazhi@2024");
		find(By.cssSelector("form button[type=submit]")).click();
		waitForPath("/console");
		return this;
	}

	public WebElement find(By by) {
		return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	public void waitForPath(String pathAndQuery) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().startsWith(baseUrl + pathAndQuery));
	}

	public String path() {
		return driver.getCurrentUrl().substring(baseUrl.length());
	}

	/** Saves target/screenshots/{name}-{nn}-{label}.png. */
	public Path screenshot(String label) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
		Path target = SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", name, ++step, label));
		Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
		return target;
	}

	/** Runs axe-core on the current page; returns the serious and critical violations, one line each. */
	@SuppressWarnings("unchecked")
	public List<String> seriousAccessibilityViolations() throws IOException {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript(axeSource());
		Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
				+ "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(r.violations); })"
				+ ".catch(function (e) { done('axe failed: ' + e); });");
		if (result instanceof String error) {
			throw new IllegalStateException(error);
		}
		List<String> problems = new ArrayList<>();
		for (Map<String, Object> v : (List<Map<String, Object>>) result) {
			String impact = String.valueOf(v.get("impact"));
			if (impact.equals("serious") || impact.equals("critical")) {
				List<String> targets = new ArrayList<>();
				for (Map<String, Object> node : (List<Map<String, Object>>) v.get("nodes")) {
					targets.add(String.valueOf(node.get("target")));
				}
				problems.add(impact + " " + v.get("id") + ": " + v.get("help") + " " + targets);
			}
		}
		return problems;
	}

	private static String axeSource() throws IOException {
		try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("src/test/resources/axe/axe.min.js is missing");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}
}
