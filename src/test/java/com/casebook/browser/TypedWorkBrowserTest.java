package com.casebook.browser;

import java.time.Duration;

import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.TestScenarios;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typed work is not lost: a solution typed beside the template goes along to the similar
 * scenario, drafts are kept in the browser across reloads and tabs, and leaving unsaved
 * changes asks first.
 */
@BrowserTest
class TypedWorkBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	ScenarioCatalogue catalogue;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	TestScenarios scenarios;

	@Test
	void addingMySolutionToTheSimilarScenarioCarriesOverWhatIHadTyped(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port);
		site.signIn("manager", "demo").open("/scenarios/new").waitFor(By.id("title"));
		type(driver, "actions", "1. 先向客户致歉\n2. 登记缺货提醒");
		type(driver, "effect", "投诉量当天下降一半");
		driver.findElement(By.id("title")).sendKeys("双十一爆款断货，电话打爆了");
		driver.findElement(By.id("situation")).sendKeys("大促开始后热销耳机卖空了，很多订单被取消，顾客纷纷打进热线投诉，要求补发");

		// the panel is replaced each time typing pauses: a hit read while it is replaced
		// is read again
		String scenarioId = new WebDriverWait(driver, Duration.ofSeconds(10))
			.ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElement(By.cssSelector("#similar-results .similar-hit")).getAttribute("data-scenario"));
		site.clickAndWait(By.cssSelector("#similar-results .similar-hit button.add-there"));

		site.waitFor(By.id("solution-form"));
		assertThat(driver.getCurrentUrl()).contains("/scenarios/" + scenarioId + "/solutions/carried");
		assertThat(driver.findElement(By.id("actions")).getAttribute("value")).contains("先向客户致歉").contains("登记缺货提醒");
		assertThat(driver.findElement(By.id("effect")).getAttribute("value")).isEqualTo("投诉量当天下降一半");
		assertThat(driver.findElement(By.id("notice")).getText()).contains("已填在下面");

		site.clickAndWait(By.cssSelector("#solution-form button[value=save]"));
		site.waitFor(By.cssSelector("article.scenario"));
		assertThat(site.pageText()).contains("登记缺货提醒");
	}

	@Test
	void aDraftSurvivesAReloadInANewTabUntilDiscardedOrSaved(WebDriver driver) {
		long id = this.scenarios.published("草稿保存在浏览器里", "情景", "1. 做法", "效果");
		String form = "/scenarios/" + id + "/solutions/new";
		SiteSession site = new SiteSession(driver, this.port);
		site.signIn("manager2", "demo").open(form).waitFor(By.id("actions"));
		type(driver, "actions", "1. 浏览器崩溃前写的做法");
		type(driver, "effect", "还没保存的效果");
		pauseForAutosave(driver);
		// leaving the field fires its change event, and an autosave after it: let it
		// happen
		// now, or this tab writes its draft again while the other one discards it
		((JavascriptExecutor) driver).executeScript("document.activeElement.blur();");
		pauseLongerThanAutosave();

		// a new tab, as after a crash or closing the tab
		driver.switchTo().newWindow(WindowType.TAB);
		site.open(form);
		assertThat(site.waitFor(By.id("draft-notice")).getText()).contains("已从本浏览器恢复");
		assertThat(driver.findElement(By.id("actions")).getAttribute("value")).isEqualTo("1. 浏览器崩溃前写的做法");
		assertThat(driver.findElement(By.id("effect")).getAttribute("value")).isEqualTo("还没保存的效果");

		// discarding empties the form and forgets the draft
		driver.findElement(By.id("draft-discard")).click();
		assertThat(driver.findElement(By.id("actions")).getAttribute("value")).isEmpty();
		site.open(form).waitFor(By.id("actions"));
		assertThat(driver.findElements(By.id("draft-notice"))).isEmpty();

		// a draft that was saved is not offered again
		type(driver, "actions", "1. 这次保存了");
		type(driver, "effect", "已保存的效果");
		pauseForAutosave(driver);
		site.clickAndWait(By.cssSelector("#solution-form button[value=save]"));
		site.waitFor(By.cssSelector("article.scenario"));
		// the page forgets the saved draft once its script runs, which is after the
		// article
		// is in the document: a person cannot come back sooner, the test can
		awaitScriptsRan(driver);
		site.open(form).waitFor(By.id("actions"));
		assertThat(driver.findElements(By.id("draft-notice"))).isEmpty();
		assertThat(driver.findElement(By.id("actions")).getAttribute("value")).isEmpty();
	}

	@Test
	void leavingAsksOnlyWithUnsavedChangesAndNotAfterSaving(WebDriver driver) {
		long id = this.scenarios.published("离开前提醒", "情景", "1. 做法", "效果");
		SiteSession site = new SiteSession(driver, this.port);
		site.signIn("manager2", "demo").open("/scenarios/" + id + "/edit").waitFor(By.id("situation"));
		assertThat(wouldAskBeforeLeaving(driver)).isFalse();

		type(driver, "situation", "情景，补充了没保存的一句");
		assertThat(wouldAskBeforeLeaving(driver)).isTrue();

		// saving leaves the page without asking
		((JavascriptExecutor) driver).executeScript("window.addEventListener('beforeunload', (e) => "
				+ "sessionStorage.setItem('askedOnLeaving', String(e.defaultPrevented)));");
		site.clickAndWait(By.cssSelector("#scenario-form button[value=save]"));
		site.waitFor(By.cssSelector("article.scenario"));
		assertThat(((JavascriptExecutor) driver).executeScript("return sessionStorage.getItem('askedOnLeaving');"))
			.isEqualTo("false");
		assertThat(site.pageText()).contains("补充了没保存的一句");
	}

	/** Asks the page what leaving it now would do, without leaving. */
	private static boolean wouldAskBeforeLeaving(WebDriver driver) {
		return (Boolean) ((JavascriptExecutor) driver).executeScript("""
				const event = new Event('beforeunload', { cancelable: true });
				window.dispatchEvent(event);
				return event.defaultPrevented;
				""");
	}

	private static void pauseLongerThanAutosave() {
		try {
			Thread.sleep(1_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void awaitScriptsRan(WebDriver driver) {
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
	}

	private static void pauseForAutosave(WebDriver driver) {
		new WebDriverWait(driver, Duration.ofSeconds(5)).until(
				d -> ((JavascriptExecutor) d)
					.executeScript(
							"return Object.keys(localStorage).some(k => k.startsWith('casebook.draft.') "
									+ "&& localStorage.getItem(k).includes(arguments[0]));",
							d.findElement(By.id("effect")).getAttribute("value"))
					.equals(Boolean.TRUE));
	}

	private static void type(WebDriver driver, String id, String text) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

}
