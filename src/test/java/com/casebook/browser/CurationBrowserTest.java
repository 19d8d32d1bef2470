package com.casebook.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Curation as editors and admins do it: merging the submitted duplicate of the
 * out-of-stock demo scenario from the duplicate queue and undoing it, merging two tags,
 * approving a proposed tag.
 */
@BrowserTest
class CurationBrowserTest {

	@LocalServerPort
	int port;

	@Test
	void anEditorMergesTheDemoDuplicateFromTheQueueAndUndoesIt(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port);
		site.signIn("editor", "demo").open("/duplicates").waitFor(By.id("duplicate-queue"));
		WebElement row = driver.findElements(By.cssSelector("#duplicate-queue tbody tr"))
			.stream()
			.filter(r -> r.getText().contains("双十一耳机断货"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the demo duplicate is not queued: "
					+ driver.findElement(By.id("duplicate-queue")).getAttribute("outerHTML")));
		String pair = row.getAttribute("data-pair");
		long original = Long.parseLong(pair.split("-")[0]);
		long duplicate = Long.parseLong(pair.split("-")[1]);
		site.open("/scenarios/" + original);
		int solutionsBefore = driver.findElements(By.cssSelector("article.solution")).size();

		site.open("/duplicates").waitFor(By.id("duplicate-queue"));
		site.clickAndWait(By.cssSelector("tr[data-pair='" + pair + "'] a.button"));
		site.clickAndWait(By.cssSelector(".pair-side a.button.primary"));
		assertThat(site.waitFor(By.cssSelector(".merge-preview")).getText()).contains("双十一耳机断货");
		site.clickAndWait(By.id("confirm-merge"));
		assertThat(site.waitFor(By.cssSelector(".alert.info")).getText()).contains("已合并");
		assertThat(driver.findElements(By.cssSelector("article.solution"))).hasSize(solutionsBefore + 1);

		site.open("/scenarios/" + duplicate).waitFor(By.id("merged-from"));
		assertThat(driver.getCurrentUrl()).contains("/scenarios/" + original + "?mergedFrom=" + duplicate);
		site.open("/search?q=升级专线").waitFor(By.cssSelector(".search-results"));
		assertThat(titles(driver)).containsExactly("大促期间热门商品缺货，客户集中来电投诉");
		site.open("/scenarios/" + original + "/history");
		assertThat(site.pageText()).contains("#" + duplicate);

		site.open("/scenarios/" + original + "/merges").waitFor(By.id("merges"));
		driver.findElement(By.cssSelector("#merges button")).click();
		new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
		assertThat(site.waitFor(By.cssSelector(".alert.info")).getText()).contains("撤销");
		assertThat(driver.findElements(By.cssSelector("article.solution"))).hasSize(solutionsBefore);
		site.open("/scenarios/" + duplicate).waitFor(By.cssSelector("article.scenario h1"));
		assertThat(driver.findElement(By.cssSelector("article.scenario h1")).getText()).isEqualTo("双十一耳机断货，热线排队爆满");
		assertThat(driver.getCurrentUrl()).endsWith("/scenarios/" + duplicate);
	}

	@Test
	void anAdminMergesTwoTagsAndTheOldNameStillFindsTheScenarios(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port);
		site.signIn("admin", "demo").open("/admin/tags").waitFor(By.id("tag-table"));
		WebElement chatbot = driver.findElements(By.cssSelector("#tag-table tbody tr"))
			.stream()
			.filter(r -> r.getText().contains("chatbot"))
			.findFirst()
			.orElseThrow();
		chatbot.findElement(By.linkText("编辑")).click();
		site.waitFor(By.id("tag-merge-form"));
		new Select(driver.findElement(By.id("into"))).selectByVisibleText("积压 backlog");
		driver.findElement(By.cssSelector("#tag-merge-form button")).click();
		new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
		assertThat(site.waitFor(By.cssSelector(".alert.info")).getText()).contains("合并");

		site.signIn("reader", "demo").open("/search?q=chatbot").waitFor(By.cssSelector(".search-results"));
		assertThat(titles(driver)).contains("Chat backlog after a shipping delay");
	}

	@Test
	void aManagerProposesATagAndAnEditorApprovesIt(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port);
		site.signIn("manager", "demo").open("/scenarios/new").waitFor(By.id("title"));
		driver.findElement(By.id("title")).sendKeys("凌晨专线人手不足");
		driver.findElement(By.id("situation")).sendKeys("凌晨两点到六点只有两名坐席值守");
		new Select(driver.findElement(By.id("categoryId"))).selectByIndex(1);
		driver.findElement(By.id("tags-input")).sendKeys("凌晨专线" + Keys.ENTER);
		site.clickAndWait(By.cssSelector("button[value=draft]"));

		site.signIn("editor", "demo").open("/tags/proposals").waitFor(By.id("tag-proposals"));
		WebElement proposal = driver.findElements(By.cssSelector("#tag-proposals tbody tr"))
			.stream()
			.filter(r -> r.getText().contains("凌晨专线"))
			.findFirst()
			.orElseThrow();
		proposal.findElement(By.cssSelector("button.primary")).click();
		assertThat(site.waitFor(By.cssSelector(".alert.info")).getText()).contains("已批准");
		assertThat(site.pageText()).doesNotContain("凌晨专线");
	}

	private static List<String> titles(WebDriver driver) {
		return driver.findElements(By.cssSelector(".search-hit h3 a")).stream().map(WebElement::getText).toList();
	}

}
