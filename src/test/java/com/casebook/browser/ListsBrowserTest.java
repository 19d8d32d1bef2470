package com.casebook.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists that tell where you are: page numbers and totals, a tag list that filters and
 * sorts, breadcrumbs on admin pages and a way out of every form.
 */
@BrowserTest
class ListsBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCatalogueNumbersItsPagesAndMarksTheCurrentOne(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port).desktop();
		site.signIn("reader", "demo").waitFor(By.cssSelector(".scenario-list"));
		long published = this.jdbc.sql("select count(*) from scenario where status = 'PUBLISHED'")
			.query(Long.class)
			.single();
		assertThat(published).as("demo data fills more than one page").isGreaterThan(20);
		assertThat(site.pageText()).contains(published + " ");
		assertThat(driver.findElement(By.cssSelector(".pager [aria-current=page]")).getText()).isEqualTo("1");
		site.clickAndWait(By.cssSelector(".pager .pages a[aria-label='第 2 页']"));
		assertThat(driver.findElement(By.cssSelector(".pager [aria-current=page]")).getText()).isEqualTo("2");
		assertThat(driver.findElement(By.cssSelector(".pager .position")).getText()).startsWith("第 2 页");
		site.signOut();
	}

	@Test
	void adminListsSayHowManyAndWhereTheyAre(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port).desktop();
		site.signIn("admin", "demo").open("/admin/users").waitFor(By.id("user-table"));
		long accounts = this.jdbc.sql("select count(*) from user_account").query(Long.class).single();
		assertThat(driver.findElement(By.id("user-count")).getText()).isEqualTo("共 " + accounts + " 个账号");
		assertThat(driver.findElement(By.id("breadcrumbs")).getText()).isEqualTo("管理后台 / 用户管理");
		site.clickAndWait(By.cssSelector("#breadcrumbs a"));
		site.waitFor(By.id("admin-sections"));

		site.open("/changes").waitFor(By.id("changes-table"));
		long revisions = this.jdbc.sql("select count(*) from revision").query(Long.class).single();
		assertThat(driver.findElement(By.cssSelector(".list-total")).getText()).endsWith("共 " + revisions + " 条");

		site.open("/admin/audit").waitFor(By.id("audit-filters"));
		long logged = this.jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
		if (logged > 0) {
			assertThat(driver.findElement(By.cssSelector(".list-total")).getText()).endsWith("共 " + logged + " 条");
		}
		site.signOut();
	}

	@Test
	void theTagListFiltersBySynonymAndGroupAndSortsByUse(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port).desktop();
		site.signIn("admin", "demo").open("/admin/tags").waitFor(By.id("tag-filters"));
		int all = rows(driver).size();
		assertThat(driver.findElement(By.id("tag-count")).getText()).isEqualTo("共 " + all + " 个标签");

		driver.findElement(By.cssSelector("#tag-filters input[name=q]")).sendKeys("双十一");
		site.clickAndWait(By.cssSelector("#tag-filters button"));
		assertThat(rows(driver)).extracting(WebElement::getText).singleElement().asString().contains("大促");
		assertThat(driver.findElement(By.id("tag-count")).getText()).isEqualTo("1 个标签（共 " + all + " 个）");
		assertThat(driver.findElement(By.cssSelector("#tag-filters input[name=q]")).getAttribute("value"))
			.isEqualTo("双十一");

		site.open("/admin/tags?sort=USAGE").waitFor(By.id("tag-table"));
		List<Long> usage = rows(driver).stream()
			.map(row -> Long.parseLong(row.findElements(By.tagName("td")).get(4).getText()))
			.toList();
		assertThat(usage).isSortedAccordingTo((a, b) -> Long.compare(b, a));
		assertThat(usage.get(0)).isPositive();
		site.signOut();
	}

	@Test
	void everyFormHasBreadcrumbsAndACancelLinkBack(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port).desktop();
		long scenario = this.jdbc.sql("select min(id) from scenario where status = 'PUBLISHED'")
			.query(Long.class)
			.single();
		site.signIn("manager", "demo").open("/scenarios/" + scenario + "/edit").waitFor(By.id("scenario-form"));
		assertThat(driver.findElement(By.id("breadcrumbs")).getText()).startsWith("情景目录 /").endsWith("/ 编辑");
		site.clickAndWait(By.id("form-cancel"));
		assertThat(driver.getCurrentUrl()).endsWith("/scenarios/" + scenario);

		site.open("/scenarios/" + scenario + "/solutions/new").waitFor(By.id("form-cancel"));
		site.clickAndWait(By.id("form-cancel"));
		assertThat(driver.getCurrentUrl()).endsWith("/scenarios/" + scenario);

		site.open("/scenarios/new").waitFor(By.id("scenario-form"));
		site.clickAndWait(By.id("form-cancel"));
		site.waitFor(By.cssSelector(".scenario-list"));
		site.signOut();
	}

	private static List<WebElement> rows(WebDriver driver) {
		return driver.findElements(By.cssSelector("#tag-table tbody tr"));
	}

}
