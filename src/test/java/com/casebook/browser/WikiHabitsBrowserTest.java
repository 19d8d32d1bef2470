package com.casebook.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The habits of a wiki: a scenario page that prints as a clean document. */
@BrowserTest
class WikiHabitsBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aScenarioPrintsWithoutButtonsFormsOrTheOwnerPicker(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port).desktop();
		long scenario = this.jdbc.sql("""
				select min(s.id) from scenario s where s.status = 'PUBLISHED' and s.owner_id is not null""")
			.query(Long.class)
			.single();
		site.signIn("editor", "demo").open("/scenarios/" + scenario).waitFor(By.cssSelector("article.scenario"));
		assertThat(visible(driver, "article.scenario form, article.scenario button")).as("on screen").isNotEmpty();
		ChromeDriver chrome = (ChromeDriver) driver;
		chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			assertThat(visible(driver, "article.scenario form, article.scenario button, select, .site-header, details"))
				.as("printed")
				.isEmpty();
			assertThat(driver.findElement(By.cssSelector("article.scenario h1")).isDisplayed()).isTrue();
			assertThat(driver.findElement(By.cssSelector(".solution")).isDisplayed()).isTrue();
			site.screenshot("scenario-print");
		}
		finally {
			chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
		site.signOut();
	}

	private static List<String> visible(WebDriver driver, String selector) {
		return driver.findElements(By.cssSelector(selector))
			.stream()
			.filter(WebElement::isDisplayed)
			.map(element -> element.getTagName() + " " + element.getText())
			.toList();
	}

}
