package com.casebook.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header as each role sees it: readers' links in sight, editors' work in one menu,
 * administrators' pages on one home page; and on a phone a header that folds into a menu,
 * with the content above the category tree and the facets.
 */
@BrowserTest
class NavigationBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	WebDriver driver;

	@AfterEach
	void backToDesktop() {
		if (this.driver != null) {
			new SiteSession(this.driver, this.port).desktop();
		}
	}

	@Test
	void readersAndManagersSeeOnlyTheirLinksAndNoMenus(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port).desktop();
		site.signIn("reader", "demo").waitFor(By.cssSelector(".scenario-list"));
		assertThat(site.navigationText()).contains("情景目录", "搜索", "排行榜", "积分兑换").doesNotContain("提交情景");
		assertThat(driver.findElements(By.id("editing-menu"))).isEmpty();
		assertThat(driver.findElements(By.id("nav-admin"))).isEmpty();
		site.open("/admin");
		assertThat(site.waitFor(By.cssSelector(".error-page")).getText()).contains("403");

		site.signIn("manager", "demo").waitFor(By.cssSelector(".scenario-list"));
		assertThat(site.navigationText()).contains("情景目录", "提交情景", "我的情景");
		assertThat(driver.findElements(By.id("editing-menu"))).isEmpty();
		assertThat(driver.findElements(By.id("nav-admin"))).isEmpty();
		site.signOut();
	}

	@Test
	void anEditorFindsTheEditingWorkInOneMenu(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port).desktop();
		site.signIn("editor", "demo").waitFor(By.cssSelector(".scenario-list"));
		assertThat(site.navigationText()).contains("情景目录", "编辑工作").doesNotContain("疑似重复", "管理后台");
		assertThat(driver.findElements(By.id("nav-admin"))).isEmpty();

		site.openEditingMenu();
		assertThat(driver.findElement(By.cssSelector("#editing-menu .menu-panel")).getText()).contains("审核队列", "最近更改",
				"疑似重复", "SOP 候选", "待复核", "知识缺口", "报表", "待审标签");
		site.clickAndWait(By.linkText("疑似重复"));
		assertThat(driver.getCurrentUrl()).endsWith("/duplicates");

		// Escape closes the menu again
		site.openEditingMenu();
		driver.findElement(By.cssSelector("#editing-menu summary")).sendKeys(Keys.ESCAPE);
		assertThat(driver.findElement(By.id("editing-menu")).getAttribute("open")).isNull();
		site.signOut();
	}

	@Test
	void anAdminReachesEveryAdministrationPageFromTheAdministrationHome(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port).desktop();
		site.signIn("admin", "demo").waitFor(By.cssSelector(".scenario-list"));
		for (String language : List.of("zh_CN", "en")) {
			site.open("/scenarios?lang=" + language).waitFor(By.cssSelector(".scenario-list"));
			// one row of links, in either language (it was two rows in Chinese, three in
			// English)
			WebElement nav = driver.findElement(By.cssSelector(".main-nav"));
			assertThat(nav.getSize().getHeight()).as("navigation height in " + language).isLessThan(60);
			site.screenshot("navigation-admin-desktop-" + language);
		}
		site.open("/scenarios?lang=zh_CN").waitFor(By.cssSelector(".scenario-list"));
		assertThat(site.navigationText()).contains("情景目录", "编辑工作", "管理后台").doesNotContain("用户管理", "积分规则");

		site.clickAndWait(By.id("nav-admin"));
		String sections = site.waitFor(By.id("admin-sections")).getText();
		assertThat(sections).contains("人员", "词表", "分类", "参考列表", "导入", "积分与奖品", "审计日志");
		List<String> links = new ArrayList<>();
		driver.findElements(By.cssSelector("#admin-sections a")).forEach(link -> links.add(link.getAttribute("href")));
		assertThat(links).extracting(href -> href.replaceFirst("^https?://[^/]+", ""))
			.contains("/admin/users", "/admin/tokens", "/admin/tags", "/tags/proposals", "/admin/categories",
					"/admin/reference", "/admin/import", "/admin/backups", "/admin/points", "/admin/rewards",
					"/admin/audit");
		site.screenshot("admin-home-desktop-zh");
		site.clickAndWait(By.linkText("用户管理"));
		site.waitFor(By.id("user-table"));
		site.signOut();
	}

	@Test
	void onAPhoneTheHeaderFoldsIntoAMenuAndTheContentComesFirst(WebDriver driver) {
		this.driver = driver;
		SiteSession site = new SiteSession(driver, this.port);
		site.signIn("editor", "demo").waitFor(By.cssSelector(".scenario-list"));
		site.phone().open("/scenarios?lang=zh_CN").waitFor(By.cssSelector(".scenario-list"));
		assertThat(((Number) site.script("return window.innerWidth")).intValue()).isLessThanOrEqualTo(400);

		WebElement header = driver.findElement(By.cssSelector(".site-header"));
		assertThat(header.getSize().getHeight()).as("folded header height").isLessThan(130);
		assertThat(driver.findElement(By.cssSelector(".main-nav")).isDisplayed()).isFalse();
		assertThat(driver.findElement(By.cssSelector(".user-box")).isDisplayed()).isFalse();
		assertThat(driver.findElement(By.id("header-q")).isDisplayed()).isTrue();

		// the results first, the category tree after them
		int firstRow = driver.findElement(By.cssSelector(".scenario-row")).getLocation().getY();
		assertThat(firstRow).as("first scenario's top").isLessThan(480);
		assertThat(driver.findElement(By.cssSelector(".sidebar")).getLocation().getY()).isGreaterThan(firstRow);
		site.screenshot("catalogue-phone-zh");

		// the filter form waits under its summary, and comes back open once a choice is
		// made
		assertThat(driver.findElement(By.id("catalogue-filters")).isDisplayed()).isFalse();
		driver.findElement(By.cssSelector("#catalogue-filter-fold > summary")).click();
		new Select(site.waitFor(By.name("sort"))).selectByValue("MOST_VIEWED");
		site.clickAndWait(By.cssSelector("#catalogue-filters button[type=submit]"));
		assertThat(site.waitFor(By.id("catalogue-filters")).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.cssSelector("#catalogue-filter-fold > summary")).getText()).contains("1");

		site.open("/search?q=" + "缺货").waitFor(By.cssSelector(".search-results"));
		int firstHit = driver.findElement(By.cssSelector(".search-hit")).getLocation().getY();
		assertThat(firstHit).as("first search hit's top").isLessThan(500);
		assertThat(driver.findElement(By.cssSelector(".facets")).getLocation().getY()).isGreaterThan(firstHit);

		// the menu button opens everything the header held
		driver.findElement(By.id("menu-button")).click();
		assertThat(site.waitFor(By.cssSelector(".main-nav")).getText()).contains("情景目录", "排行榜", "编辑工作");
		assertThat(driver.findElement(By.cssSelector(".user-box")).isDisplayed()).isTrue();
		site.openEditingMenu();
		site.screenshot("menu-open-phone-zh");
		site.clickAndWait(By.linkText("最近更改"));
		assertThat(driver.getCurrentUrl()).endsWith("/changes");
		assertThat(driver.findElement(By.cssSelector(".main-nav")).isDisplayed()).isFalse();
		site.signOut();
	}

	/** The innermost elements reaching past the right edge, to say what widens a page. */
	private static final String STICKING_OUT = """
			const width = document.documentElement.clientWidth;
			return [...document.querySelectorAll('body *')]
				.filter((e) => e.getBoundingClientRect().right > width + 1)
				.filter((e) => ![...e.children].some((c) => c.getBoundingClientRect().right > width + 1))
				.slice(0, 5)
				.map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
					+ ' ' + Math.round(e.getBoundingClientRect().right));
			""";

	@Test
	void theMainPagesNeverScrollSidewaysOnAPhone(WebDriver driver) {
		this.driver = driver;
		SiteSession site = new SiteSession(driver, this.port);
		long scenario = this.jdbc.sql("select min(id) from scenario where status = 'PUBLISHED'")
			.query(Long.class)
			.single();
		site.signIn("admin", "demo").waitFor(By.cssSelector(".scenario-list"));
		site.phone();
		List<String> wide = new ArrayList<>();
		for (String language : List.of("zh_CN", "en")) {
			site.open("/scenarios?lang=" + language);
			for (String page : List.of("/scenarios", "/search?q=%E7%BC%BA%E8%B4%A7", "/scenarios/" + scenario,
					"/scenarios/" + scenario + "/history", "/leaderboard", "/rewards", "/notifications", "/changes",
					"/review", "/admin", "/admin/users", "/admin/tags", "/admin/audit", "/people/admin")) {
				site.open(page);
				long overflow = ((Number) site
					.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
					.longValue();
				if (overflow > 0) {
					wide.add(language + " " + page + ": " + overflow + " px too wide, " + site.script(STICKING_OUT));
					site.screenshot("too-wide" + page.replaceAll("[^A-Za-z0-9]+", "-") + "-" + language);
				}
			}
		}
		assertThat(wide).as("pages wider than the phone").isEmpty();
		site.signOut();
	}

}
