package com.casebook.browser;

import com.casebook.search.semantic.EmbeddingsCaughtUp;
import com.casebook.search.IndexMaintenance;
import java.time.Duration;

import com.casebook.search.semantic.EmbeddingWorker;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people say rather than the catalogue's words: a paraphrase sharing no word with
 * its scenario finds it in the header search and while writing (issue 15).
 */
@BrowserTest
@TestPropertySource(properties = "casebook.semantic.enabled=true")
class SemanticSearchBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	EmbeddingWorker embeddings;

	@Autowired
	IndexMaintenance indexMaintenance;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void theCatalogueIsEmbedded() {
		EmbeddingsCaughtUp.await(this.embeddings, this.indexMaintenance,
				() -> this.jdbc.queryForObject("select count(*) from scenario", Long.class));
	}

	@Test
	void aParaphraseWithNoSharedKeywordFindsItsScenarioFromTheHeaderSearch(WebDriver driver) {
		String title = this.jdbc.queryForObject("select title from scenario where external_ref = 'demo-003'",
				String.class);
		SiteSession site = new SiteSession(driver, this.port);
		site.signIn("reader", "demo").waitFor(By.cssSelector(".scenario-list"));
		driver.findElement(By.id("header-q")).sendKeys("顾客破口大骂非要马上把钱还他\n");
		site.waitFor(By.cssSelector(".search-results"));
		assertThat(driver.findElements(By.cssSelector(".search-hit"))).anyMatch(hit -> hit.getText().contains(title));
	}

	@Test
	void aParaphraseTypedIntoTheSubmitFormShowsTheScenarioOfTheSameMeaning(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port);
		site.signIn("manager", "demo").open("/scenarios/new").waitFor(By.id("title"));
		driver.findElement(By.id("title")).sendKeys("智能客服找不到真人");
		driver.findElement(By.id("situation")).sendKeys("客户在聊天窗口里一直喊要找真人，机器人只会重复回答");

		WebElement hit = new WebDriverWait(driver, Duration.ofSeconds(15))
			.ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElements(By.cssSelector("#similar-results .similar-hit"))
				.stream()
				.filter(candidate -> candidate.getText().contains("在线客服机器人转人工通道失效"))
				.findFirst()
				.orElse(null));
		assertThat(hit.findElement(By.cssSelector("button.add-there")).getAttribute("formaction"))
			.matches(".*/scenarios/\\d+/solutions/carried");
	}

}
