package com.casebook.browser;

import java.math.BigDecimal;
import java.util.List;

import com.casebook.TestUsers;
import com.casebook.scenario.MeasureUnit;
import com.casebook.scenario.Measurement;
import com.casebook.scenario.SolutionContent;
import com.casebook.scenario.TestScenarios;
import com.casebook.taxonomy.ReferenceKind;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.CurrentUser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor finds an outlying measurement through the Editing menu, sees it marked on the
 * scenario page, confirms it, and from then on it counts in the solution's median.
 */
@BrowserTest
class OutlierReviewBrowserTest {

	private static final String TITLE = "异常测量浏览器测试情景";

	@LocalServerPort
	int port;

	@Autowired
	TestScenarios scenarios;

	@Autowired
	TestUsers users;

	@Autowired
	Taxonomy taxonomy;

	@Test
	void anEditorConfirmsAnOutlierAndItCountsFromThen(WebDriver driver) {
		long asa = this.taxonomy.referenceList(ReferenceKind.KPI)
			.stream()
			.filter(k -> k.code().equals("asa"))
			.findFirst()
			.orElseThrow()
			.id();
		CurrentUser author = this.users.manager();
		this.scenarios.published(author, this.scenarios.content("应答速度的常见改善（浏览器）", "高峰应答慢"),
				SolutionContent.of("1. 加开排班", "应答更快")
					.withMeasurements(List.of(seconds(asa, "60", "40", author), seconds(asa, "50", "35", author),
							seconds(asa, "45", "30", author))));
		long id = this.scenarios.published(author, this.scenarios.content(TITLE, "高峰应答慢"),
				SolutionContent.of("1. 智能路由", "应答快得惊人")
					.withMeasurements(List.of(seconds(asa, "500000", "100", author))));

		SiteSession site = new SiteSession(driver, this.port);
		site.signIn("editor", "demo").open("/scenarios/" + id).waitFor(By.cssSelector(".evidence-outliers"));
		assertThat(driver.findElement(By.cssSelector(".evidence-outliers")).getText()).contains("异常值", "500000",
				"编辑确认前不计入中位数");
		assertThat(driver.findElements(By.cssSelector("#main .evidence-list .measured"))).isEmpty();

		site.openEditingMenu();
		site.clickAndWait(By.id("nav-outliers"));
		site.waitFor(By.id("outliers"));
		assertThat(driver.findElement(By.id("breadcrumbs")).getText()).contains("审核");
		var row = driver.findElements(By.cssSelector("#outliers tbody tr"))
			.stream()
			.filter(r -> r.getText().contains(TITLE))
			.findFirst()
			.orElseThrow();
		assertThat(row.getText()).contains("平均应答速度", "500000", "100");
		site.clickAndWait(By.cssSelector("#" + row.getAttribute("id") + " .confirm-outlier button"));

		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("测量值已确认");
		assertThat(driver.findElement(By.id("main")).getText()).doesNotContain(TITLE);

		site.open("/scenarios/" + id).waitFor(By.cssSelector(".evidence-list"));
		assertThat(driver.findElements(By.cssSelector(".evidence-outliers"))).isEmpty();
		assertThat(driver.findElement(By.cssSelector(".evidence-list")).getText()).contains("平均应答速度", "1 份报告");
	}

	private static Measurement seconds(long kpi, String before, String after, CurrentUser by) {
		return new Measurement(kpi, new BigDecimal(before), new BigDecimal(after), MeasureUnit.SECONDS, "2周", null,
				by.getId());
	}

}
