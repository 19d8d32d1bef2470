package com.casebook.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Starts Debian's Chromium through {@code /usr/bin/chromedriver}: nothing is downloaded.
 * Where Chromium is missing the browser tests are skipped with a loud message, except on
 * CI ({@code CI=true}), where a missing browser fails the build.
 */
public class Chromium implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

	static final Path CHROMEDRIVER = Path.of(System.getProperty("casebook.chromedriver", "/usr/bin/chromedriver"));

	static final Path CHROMIUM = Path.of(System.getProperty("casebook.chromium", "/usr/bin/chromium"));

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		boolean available = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
		if (!available) {
			String message = "Chromium or chromedriver is missing (" + CHROMIUM + ", " + CHROMEDRIVER
					+ "): install the Debian packages 'chromium' and 'chromium-driver' to run the browser tests";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(message);
			}
			System.err.println("\n!!!!!!!!!! BROWSER TESTS SKIPPED !!!!!!!!!!\n" + message + "\n");
			assumeTrue(false, message);
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		WebDriver driver = context.getStore(NAMESPACE).remove("driver", WebDriver.class);
		if (driver != null) {
			driver.quit();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == WebDriver.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		ExtensionContext classContext = context.getRoot() == context ? context : classContext(context);
		return classContext.getStore(NAMESPACE).getOrComputeIfAbsent("driver", key -> start(), WebDriver.class);
	}

	private static ExtensionContext classContext(ExtensionContext context) {
		ExtensionContext current = context;
		while (current.getParent().isPresent() && current.getTestMethod().isPresent()) {
			current = current.getParent().get();
		}
		return current;
	}

	static WebDriver start() {
		return start(new ChromeOptions());
	}

	/**
	 * A browser with JavaScript switched off, for pages that must work without it; the
	 * caller quits it.
	 */
	static WebDriver startWithoutScripts() {
		ChromeOptions options = new ChromeOptions();
		options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		return start(options);
	}

	private static WebDriver start(ChromeOptions options) {
		options.setBinary(CHROMIUM.toFile());
		options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
				"--no-first-run", "--window-size=1280,900", "--lang=zh-CN"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		return driver;
	}

}
