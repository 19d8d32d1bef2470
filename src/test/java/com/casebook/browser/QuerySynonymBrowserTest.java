package com.casebook.browser;

import com.casebook.scenario.TestScenarios;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin turns a search that found nothing into a query synonym, and the same search
 * then finds the scenario that uses the catalogue's word.
 */
@BrowserTest
class QuerySynonymBrowserTest {

	/** Characters no scenario holds: nothing is found, not even "most of the words". */
	private static final String TYPED = "魃魈";

	private static final String CATALOGUE_WORD = "麒麟派单";

	@LocalServerPort
	int port;

	@Autowired
	TestScenarios scenarios;

	@Test
	void anAdminAddsASynonymForASearchThatFoundNothingAndTheSearchThenFindsTheScenario(WebDriver driver) {
		long id = this.scenarios.published(CATALOGUE_WORD + "停摆", CATALOGUE_WORD + "从十点起不再分配。", "手工分配", "恢复");
		SiteSession site = new SiteSession(driver, this.port);
		site.signIn("reader", "demo").open("/search?q=" + TYPED).waitFor(By.id("no-results"));
		assertThat(driver.findElements(By.cssSelector(".search-hit"))).isEmpty();

		site.signOut().signIn("admin", "demo").open("/admin");
		site.clickAndWait(By.cssSelector("#admin-vocabulary a[href='/admin/synonyms']"));
		WebElement candidate = site.waitFor(By.id("synonym-candidates"))
			.findElements(By.cssSelector("tbody tr"))
			.stream()
			.filter(row -> row.getText().contains(TYPED))
			.findFirst()
			.orElseThrow();
		candidate.findElement(By.cssSelector("a.button")).click();
		site.waitFor(By.id("synonym-form"));
		assertThat(driver.findElement(By.id("phrase")).getAttribute("value")).isEqualTo(TYPED);
		driver.findElement(By.id("replacement")).sendKeys(CATALOGUE_WORD);
		site.clickAndWait(By.cssSelector("#synonym-form button[type=submit]"));
		assertThat(site.waitFor(By.id("synonym-table")).getText()).contains(TYPED, "→", CATALOGUE_WORD);
		assertThat(driver.findElement(By.id("synonym-candidates")).getText()).doesNotContain(TYPED);

		site.open("/search?q=" + TYPED).waitFor(By.cssSelector(".search-hit"));
		WebElement first = driver.findElement(By.cssSelector(".search-hit"));
		assertThat(first.getText()).contains(CATALOGUE_WORD + "停摆");
		assertThat(first.findElement(By.cssSelector("h3 a")).getAttribute("href")).contains("scenario=" + id);
	}

}
