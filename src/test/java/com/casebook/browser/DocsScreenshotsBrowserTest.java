package com.casebook.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screenshots in {@code docs/images}: the main pages on the demo data with its
 * activity, in both languages, on a desktop and on a 390 px phone. Runs only when asked,
 * since it rewrites files under {@code docs/}:
 * {@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DocsScreenshotsBrowserTest -Dcasebook.screenshots=docs/images}.
 */
@BrowserTest
@EnabledIfSystemProperty(named = "casebook.screenshots", matches = ".+")
@TestPropertySource(
		properties = { "casebook.demo-activity=true", "casebook.data-dir=${java.io.tmpdir}/casebook-screenshots" })
class DocsScreenshotsBrowserTest {

	record Shot(String name, String user, String path, String shown) {
	}

	static final List<Shot> SHOTS = List.of(new Shot("catalogue", "reader", "/scenarios", ".scenario-list"),
			new Shot("scenario", "reader", "/scenarios/1", ".solution"),
			new Shot("search", "reader", "/search?q=排班+预测", ".search-results, .result-list, main"),
			new Shot("leaderboard", "manager", "/leaderboard", "main"),
			new Shot("changes", "editor", "/changes", "#changes-table"),
			new Shot("reports", "editor", "/reports", "main"), new Shot("submit", "manager", "/scenarios/new", "form"),
			new Shot("admin", "admin", "/admin", "main"));

	/** What fits on the screen, as a reader first sees the page. */
	private static byte[] screen(WebDriver driver) {
		return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
	}

	@LocalServerPort
	int port;

	@Test
	void theMainPagesInBothLanguagesOnADesktopAndAPhone(WebDriver driver) throws IOException {
		Path target = Path.of(System.getProperty("casebook.screenshots"));
		Files.createDirectories(target);
		SiteSession site = new SiteSession(driver, this.port);
		for (String language : List.of("zh", "en")) {
			for (Shot shot : SHOTS) {
				site.desktop().signIn(shot.user(), "demo");
				site.open(shot.path() + (shot.path().contains("?") ? "&" : "?") + "lang=" + language);
				site.waitFor(By.cssSelector(shot.shown()));
				assertThat(driver.getTitle()).isNotBlank();
				String name = shot.name() + "-" + language;
				Files.write(target.resolve(name + "-desktop.png"), screen(driver));
				site.phone().open(shot.path());
				site.waitFor(By.cssSelector(shot.shown()));
				Files.write(target.resolve(name + "-phone.png"), screen(driver));
				site.desktop().signOut();
			}
		}
	}

}
