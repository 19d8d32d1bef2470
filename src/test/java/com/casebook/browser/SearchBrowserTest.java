package com.casebook.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search as an agent with a customer on the line uses it: the header box, suggestions,
 * highlighting, both scripts, facets; and the similar-scenarios panel as a manager
 * writes.
 */
@BrowserTest
class SearchBrowserTest {

	@LocalServerPort
	int port;

	@Test
	void typingInTheHeaderBoxSuggestsAndFindsTheOutOfStockScenarioHighlighted(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port);
		site.signIn("reader", "demo").waitFor(By.cssSelector(".scenario-list"));
		WebElement box = driver.findElement(By.id("header-q"));
		box.sendKeys("缺货");
		WebElement suggestion = site.waitFor(By.cssSelector("#header-suggestions a.title"));
		assertThat(driver.findElements(By.cssSelector("#header-suggestions a.title"))).extracting(WebElement::getText)
			.anyMatch(title -> title.contains("大促期间热门商品缺货"));
		assertThat(suggestion.getAttribute("href")).contains("/scenarios/");

		box.sendKeys(Keys.ESCAPE);
		box.sendKeys(Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(box));
		site.waitFor(By.cssSelector(".search-hit"));
		WebElement first = driver.findElement(By.cssSelector(".search-hit"));
		assertThat(first.getText()).contains("缺货");
		assertThat(first.findElements(By.cssSelector("mark"))).extracting(WebElement::getText).contains("缺货");
	}

	@Test
	void traditionalScriptFindsTheSameScenariosAsSimplified(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port);
		site.signIn("reader", "demo").waitFor(By.cssSelector(".scenario-list"));
		site.open("/search?q=培训").waitFor(By.cssSelector(".search-results"));
		List<String> simplified = titles(driver);
		site.open("/search?q=培訓").waitFor(By.cssSelector(".search-results"));
		assertThat(simplified).isNotEmpty();
		assertThat(titles(driver)).isEqualTo(simplified);
	}

	@Test
	void aFacetClickNarrowsTheResultsToExactlyItsCount(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port);
		site.signIn("reader", "demo").waitFor(By.cssSelector(".scenario-list"));
		site.open("/search?q=投诉").waitFor(By.id("facet-tag"));
		int before = titles(driver).size();
		WebElement facet = driver.findElement(By.cssSelector("#facet-tag li a"));
		int count = Integer.parseInt(facet.findElement(By.cssSelector(".facet-count")).getText());
		String tag = facet.findElement(By.cssSelector(".facet-label")).getText();
		site.clickAndWait(By.cssSelector("#facet-tag li a"));

		assertThat(titles(driver)).hasSize(count).hasSizeLessThanOrEqualTo(before);
		WebElement chosen = driver.findElement(By.cssSelector("#facet-tag a.selected"));
		assertThat(chosen.getText()).contains(tag);
		assertThat(driver.findElements(By.cssSelector(".search-hit"))).allSatisfy(
				hit -> assertThat(hit.findElements(By.cssSelector(".meta .tag"))).extracting(WebElement::getText)
					.contains("#" + tag));

		site.clickAndWait(By.cssSelector("#facet-tag a.selected"));
		assertThat(titles(driver)).hasSize(before);
	}

	@Test
	void aZeroResultSearchShowsWhatToTryAndReachesTheEditorsGapList(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port);
		site.signIn("reader", "demo").waitFor(By.cssSelector(".scenario-list"));
		site.open("/search?q=" + "缺了货 木星 土星 火星").waitFor(By.id("no-results"));
		assertThat(driver.findElement(By.id("no-results")).getText()).contains("缺货");

		site.signIn("editor", "demo").open("/gaps").waitFor(By.id("gaps-zeroResults"));
		assertThat(driver.findElement(By.id("gaps-zeroResults")).getText()).contains("缺了货 木星 土星 火星");
	}

	@Test
	void aParaphraseTypedIntoTheSubmitFormShowsTheExistingScenarioAsSimilar(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port);
		site.signIn("manager", "demo").open("/scenarios/new").waitFor(By.id("title"));
		driver.findElement(By.id("title")).sendKeys("双十一爆款断货，电话打爆了");
		driver.findElement(By.id("situation")).sendKeys("大促开始后热销耳机卖空了，很多订单被取消，顾客纷纷打进热线投诉，要求补发");

		// the panel is replaced each time typing pauses: read the hit once it holds still
		WebElement hit = new WebDriverWait(driver, Duration.ofSeconds(10))
			.ignoring(StaleElementReferenceException.class)
			.until(d -> {
				WebElement first = d.findElement(By.cssSelector("#similar-results .similar-hit"));
				return first.getText().contains("大促期间热门商品缺货") ? first : null;
			});
		assertThat(hit.findElement(By.cssSelector("button.add-there")).getAttribute("formaction"))
			.matches(".*/scenarios/\\d+/solutions/carried");
		assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo("双十一爆款断货，电话打爆了");
	}

	private static List<String> titles(WebDriver driver) {
		return driver.findElements(By.cssSelector(".search-hit h3 a")).stream().map(WebElement::getText).toList();
	}

}
