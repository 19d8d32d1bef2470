package com.casebook.browser;

import java.time.Duration;
import java.util.List;

import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.TestScenarios;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The life of one scenario, as the people involved do it in a browser: submitted from the
 * template, sent back, fixed, published, found, extended, amended, compared, reverted,
 * and edited by two people at once.
 */
@BrowserTest
class ScenarioWikiBrowserTest {

	@Autowired
	TestScenarios scenarios;

	static final String TITLE = "早班集体迟到导致开线人数不足";

	@LocalServerPort
	int port;

	@Autowired
	ScenarioCatalogue catalogue;

	@Autowired
	UserDetailsService accounts;

	@Test
	void aScenarioGoesFromTemplateToPublishedAndIsAmendedLikeAWiki(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port);

		// a manager submits, forgetting the effect: the error keeps what was typed
		site.signIn("manager", "demo").waitFor(By.cssSelector(".scenario-list"));
		site.open("/scenarios/new");
		type(driver, "title", TITLE);
		type(driver, "situation", "周一早上 8 点地铁故障，只有一半坐席准时到岗，开线人数不足。");
		new Select(driver.findElement(By.id("categoryId"))).selectByIndex(1);
		type(driver, "actions", "1. 启动弹性班次\n2. 组长临时上线接听");
		driver.findElement(By.cssSelector("button[value=submit]")).click();
		assertThat(site.waitFor(By.cssSelector(".field-error")).getText()).contains("必填");
		assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo(TITLE);
		assertThat(driver.findElement(By.id("actions")).getAttribute("value")).contains("弹性班次");
		type(driver, "effect", "30 分钟内服务水平从 40% 回升到 75%");
		driver.findElement(By.cssSelector("button[value=submit]")).click();
		site.waitFor(By.cssSelector("article.scenario"));
		String scenarioUrl = driver.getCurrentUrl();
		site.signOut();

		// the editor sends it back with a comment
		site.signIn("editor", "demo").waitFor(By.cssSelector(".scenario-list"));
		site.openEditingMenu();
		assertThat(driver.findElement(By.id("nav-review")).getText()).containsPattern("\\d");
		site.open("/review");
		driver.findElement(By.linkText(TITLE)).click();
		type(driver, "comment", "请补充当天的排队数据");
		driver.findElement(By.cssSelector("#send-back-form button")).click();
		site.waitFor(By.id("review-table"));
		site.signOut();

		// the manager sees the comment, fixes and resubmits
		site.signIn("manager", "demo").waitFor(By.cssSelector(".scenario-list"));
		site.open("/my/scenarios");
		assertThat(site.pageText()).contains("请补充当天的排队数据");
		driver.findElement(By.linkText(TITLE)).click();
		type(driver, "situation", "周一早上 8 点地铁故障，只有一半坐席准时到岗，排队峰值 260 通。");
		driver.findElement(By.cssSelector("button[value=submit]")).click();
		site.waitFor(By.cssSelector("article.scenario"));
		site.signOut();

		// the editor publishes
		site.signIn("editor", "demo").waitFor(By.cssSelector(".scenario-list"));
		driver.get(scenarioUrl);
		driver.findElement(By.id("publish")).click();
		assertThat(site.waitFor(By.cssSelector(".alert.info")).getText()).contains("已发布");
		site.signOut();

		// a reader finds it in the catalogue
		site.signIn("reader", "demo").waitFor(By.cssSelector(".scenario-list"));
		assertThat(site.pageText()).contains(TITLE);
		site.signOut();

		// another manager adds a solution and amends the situation
		site.signIn("manager2", "demo").waitFor(By.cssSelector(".scenario-list"));
		driver.get(scenarioUrl);
		driver.findElement(By.linkText("我的处理方式不同：添加我的方案")).click();
		type(driver, "actions", "1. 提前一晚短信提醒早班");
		type(driver, "effect", "迟到率下降一半");
		driver.findElement(By.cssSelector("#solution-form button[value=save]")).click();
		site.waitFor(By.cssSelector("article.scenario"));
		assertThat(driver.findElements(By.cssSelector("article.solution"))).hasSize(2);
		driver.findElement(By.cssSelector("#page-actions a[href$='/edit']")).click();
		type(driver, "situation", "周一早上 8 点地铁二号线故障，只有一半坐席准时到岗，排队峰值 260 通。");
		type(driver, "summary", "补充线路");
		driver.findElement(By.cssSelector("button[value=save]")).click();
		site.waitFor(By.cssSelector("article.scenario"));

		// the history shows the revisions and a Chinese diff
		driver.findElement(By.linkText("历史记录")).click();
		List<WebElement> rows = driver.findElements(By.cssSelector("#history-table tbody tr"));
		assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
		driver.findElement(By.id("compare")).click();
		assertThat(site.waitFor(By.cssSelector("#diff-table ins")).getText()).contains("二号线");

		// a revert asks first, then restores the earlier text as a new revision
		driver.navigate().back();
		site.waitFor(By.id("history-table"));
		int revisionsBefore = driver.findElements(By.cssSelector("#history-table tbody tr")).size();
		// the newest revision of the situation that is not the current one
		WebElement previous = driver.findElements(By.cssSelector("#history-table tbody tr"))
			.stream()
			.filter(row -> row.getText().contains("情景描述及信息")
					&& !row.findElements(By.cssSelector("a.revert-link")).isEmpty())
			.findFirst()
			.orElseThrow();
		previous.findElement(By.cssSelector("a.revert-link")).click();
		assertThat(site.waitFor(By.id("revert-confirm")).getText()).contains("确定把情景正文恢复到");
		assertThat(driver.findElements(By.cssSelector("#history-table tbody tr"))).hasSize(revisionsBefore);
		assertThat(driver.findElements(By.cssSelector(".alert.info"))).isEmpty();
		driver.findElement(By.id("revert-summary")).sendKeys("改回原来的说法");
		WebElement revert = driver.findElement(By.id("confirm-revert"));
		revert.click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(revert));
		assertThat(site.waitFor(By.cssSelector(".alert.info")).getText()).contains("已恢复");
		assertThat(driver.findElements(By.cssSelector("#history-table tbody tr"))).hasSize(revisionsBefore + 1);
		assertThat(site.pageText()).contains("改回原来的说法");
		driver.get(scenarioUrl);
		assertThat(site.pageText()).doesNotContain("二号线");
		site.signOut();
	}

	@Test
	void twoPeopleEditingTheSameVersionGetAConflictAndLoseNothing(WebDriver first) {
		WebDriver second = Chromium.start();
		try {
			SiteSession alice = new SiteSession(first, this.port);
			SiteSession bob = new SiteSession(second, this.port);
			alice.signIn("manager", "demo").waitFor(By.cssSelector(".scenario-list"));
			bob.signIn("manager2", "demo").waitFor(By.cssSelector(".scenario-list"));
			String url = first.findElement(By.cssSelector(".scenario-row h3 a")).getAttribute("href");

			first.get(url + "/edit");
			second.get(url + "/edit");
			type(first, "situation", "甲的修改：排队峰值 300 通");
			first.findElement(By.cssSelector("button[value=save]")).click();
			alice.waitFor(By.cssSelector("article.scenario"));

			type(second, "situation", "乙的修改：客户在菜单里反复绕圈");
			second.findElement(By.cssSelector("button[value=save]")).click();
			assertThat(bob.waitFor(By.id("conflict")).getText()).contains("甲的修改");
			assertThat(second.findElement(By.id("situation")).getAttribute("value")).contains("乙的修改");

			// bob merges both texts and saves again
			type(second, "situation", "甲的修改：排队峰值 300 通；乙的修改：客户在菜单里反复绕圈");
			second.findElement(By.cssSelector("button[value=save]")).click();
			bob.waitFor(By.cssSelector("article.scenario"));
			assertThat(bob.pageText()).contains("甲的修改").contains("乙的修改");
		}
		finally {
			second.quit();
		}
	}

	@Test
	void twoTitleChangesConflictOnTheTitleAloneAndKeepWhatWasTyped(WebDriver first) {
		long id = this.scenarios.published("两人同时改的标题", "谁都没改的情景", "1. 谁都没改的做法", "谁都没改的效果");
		WebDriver second = Chromium.start();
		try {
			SiteSession alice = new SiteSession(first, this.port);
			SiteSession bob = new SiteSession(second, this.port);
			alice.signIn("manager", "demo").open("/scenarios/" + id + "/edit").waitFor(By.id("title"));
			bob.signIn("manager2", "demo").open("/scenarios/" + id + "/edit").waitFor(By.id("title"));

			type(first, "title", "甲改过的标题");
			first.findElement(By.cssSelector("button[value=save]")).click();
			alice.waitFor(By.cssSelector("article.scenario"));

			type(second, "title", "乙改过的标题");
			second.findElement(By.cssSelector("button[value=save]")).click();
			WebElement conflict = bob.waitFor(By.id("conflict"));
			List<WebElement> rows = conflict.findElements(By.cssSelector("tbody tr"));
			assertThat(rows).hasSize(1);
			assertThat(rows.get(0).getText()).contains("标题").contains("甲改过的标题").contains("乙改过的标题");
			assertThat(conflict.getText()).doesNotContain("谁都没改的做法").doesNotContain("谁都没改的效果");
			assertThat(second.findElement(By.tagName("h1")).getText()).contains("乙改过的标题").doesNotContain("甲改过的标题");
			assertThat(second.findElement(By.id("title")).getAttribute("value")).isEqualTo("乙改过的标题");
			assertThat(second.findElement(By.id("situation")).getAttribute("value")).isEqualTo("谁都没改的情景");
		}
		finally {
			second.quit();
		}
	}

	private static void type(WebDriver driver, String id, String text) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

}
