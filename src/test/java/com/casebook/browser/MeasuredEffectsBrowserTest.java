package com.casebook.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14's "done when": a manager's two measured effects and an agent's own figures
 * from "I applied this" sum up to a median on the scenario page, put the solution in
 * "What works" under that KPI, and let the catalogue's "improves" filter find it.
 */
@BrowserTest
class MeasuredEffectsBrowserTest {

	private static final String TITLE = "量化效果浏览器测试情景";

	@LocalServerPort
	int port;

	@Test
	void figuresFromTheTemplateAndFromAnApplicationAreSummedUpWhereDecisionsAreMade(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port);
		site.signIn("manager2", "demo").open("/scenarios/new").waitFor(By.id("title"));
		driver.findElement(By.id("title")).sendKeys(TITLE);
		driver.findElement(By.id("situation")).sendKeys("午间高峰排队过长，客户大量挂断");
		new Select(driver.findElement(By.id("categoryId"))).selectByIndex(1);
		driver.findElement(By.id("actions")).sendKeys("1. 高峰前开启回拨队列");
		driver.findElement(By.id("effect")).sendKeys("放弃率明显下降");
		measurement(driver, "#m0-kpi", "20", "2", "华东中心");
		measurement(driver, "#m1-kpi", "18", "2", "华南中心");
		site.clickAndWait(By.cssSelector("button[value=submit]"));
		String scenarioPath = driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");

		site.signIn("editor", "demo").open(scenarioPath).waitFor(By.id("publish"));
		site.clickAndWait(By.id("publish"));

		site.signIn("reader", "demo").open(scenarioPath).waitFor(By.cssSelector(".applied-form summary")).click();
		measurement(driver, ".applied-form select[name=kpiId]", "16", "2", "华北中心");
		site.clickAndWait(By.cssSelector(".applied-form button[type=submit]"));

		// three reports: changes -18, -16 and -14 points, relative -90 %, -89 % and -87.5
		// %
		String evidence = site.open(scenarioPath).waitFor(By.cssSelector(".evidence-list")).getText();
		assertThat(evidence).contains("放弃率", "18", "变化中位数 -16 %（-89%）", "改善", "3 份报告，来自 3 个站点");

		site.signIn("manager2", "demo").open("/reports/what-works").waitFor(By.id("what-works-table"));
		assertThat(driver.findElement(By.id("what-works-table")).getText()).contains("放弃率 · " + TITLE);

		site.open("/scenarios").waitFor(By.id("catalogue-filters"));
		long everything = count(driver);
		new Select(driver.findElement(By.id("catalogue-improves"))).selectByVisibleText("放弃率");
		site.clickAndWait(By.cssSelector("#catalogue-filters button[type=submit]"));
		assertThat(driver.findElement(By.cssSelector(".scenario-list")).getText()).contains(TITLE);
		assertThat(count(driver)).isLessThan(everything);
	}

	/**
	 * Types one abandonment-rate row, in percent, into the row holding the given KPI
	 * choice (the template's rows and the "I applied this" form are laid out alike).
	 */
	private static void measurement(WebDriver driver, String kpiChoice, String before, String after, String place) {
		var row = driver.findElement(By.cssSelector(kpiChoice)).findElement(By.xpath(".."));
		new Select(row.findElement(By.cssSelector("select[name$='kpiId']"))).selectByVisibleText("放弃率");
		row.findElement(By.cssSelector("input[name$='before']")).sendKeys(before);
		row.findElement(By.cssSelector("input[name$='after']")).sendKeys(after);
		new Select(row.findElement(By.cssSelector("select[name$='unit']"))).selectByValue("PERCENT");
		row.findElement(By.cssSelector("input[name$='period']")).sendKeys("2周");
		row.findElement(By.cssSelector("input[name$='site']")).sendKeys(place);
	}

	private static long count(WebDriver driver) {
		return Long
			.parseLong(driver.findElement(By.cssSelector(".main-column > p.muted")).getText().replaceAll("\\D", ""));
	}

}
