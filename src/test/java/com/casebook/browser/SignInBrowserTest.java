package com.casebook.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.casebook.user.Role;
import com.casebook.user.UserAdministration;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class SignInBrowserTest {

	@LocalServerPort
	int port;

	@Test
	void eachDemoRoleSignsInAndSeesItsNavigation(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port);
		for (String role : new String[] { "reader", "manager", "editor" }) {
			site.signIn(role, "demo").waitFor(By.cssSelector(".scenario-list"));
			assertThat(site.navigationText()).contains("情景目录").doesNotContain("管理后台");
			site.signOut();
		}
		// the admin pages moved from the header to the administration home it links to
		site.signIn("admin", "demo").waitFor(By.cssSelector(".scenario-list"));
		assertThat(site.navigationText()).contains("情景目录", "管理后台");
		site.clickAndWait(By.id("nav-admin"));
		assertThat(site.waitFor(By.id("admin-sections")).getText()).contains("用户管理");
		site.signOut();
	}

	@Test
	void aReaderBrowsesTheDemoScenariosInBothLanguages(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port);
		site.signIn("reader", "demo").waitFor(By.cssSelector(".scenario-list"));
		assertThat(driver.findElements(By.cssSelector(".scenario-row"))).hasSizeGreaterThanOrEqualTo(10);
		assertThat(site.pageText()).contains("情景目录");

		driver.findElement(By.linkText("English")).click();
		site.waitFor(By.cssSelector(".scenario-list"));
		assertThat(site.pageText()).contains("Scenario catalogue").contains("Sign out");

		driver.findElement(By.cssSelector(".scenario-row h3 a")).click();
		site.waitFor(By.cssSelector("article.scenario"));
		assertThat(site.pageText()).contains("Situation").contains("Actions");

		driver.findElement(By.linkText("中文")).click();
		site.waitFor(By.cssSelector("article.scenario"));
		assertThat(site.pageText()).contains("情景描述");
		site.signOut();
	}

	@Test
	void aWrongPasswordShowsAClearMessage(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port);
		site.signIn("manager", "not-the-password");
		assertThat(site.waitFor(By.cssSelector(".alert.error")).getText()).contains("用户名或密码错误");
		assertThat(driver.findElement(By.id("username")).getAttribute("value")).isEqualTo("manager");
	}

	@Autowired
	UserAdministration administration;

	@Test
	void aThrottledSignInReadsLikeAWrongPassword(WebDriver driver) {
		// an account of its own, so the throttle does not get in the way of other tests
		this.administration.create(new UserAdministration.NewAccount("throttled.agent", "Throttled Agent", "right-one",
				Role.READER, null));
		SiteSession site = new SiteSession(driver, this.port);
		for (int i = 0; i < 7; i++) {
			site.signIn("throttled.agent", "wrong-" + i);
		}
		// telling "throttled" apart from "wrong" would tell a guesser which tries were
		// checked
		assertThat(site.waitFor(By.cssSelector(".alert.error")).getText()).contains("用户名或密码错误").doesNotContain("锁定");
		assertThat(driver.findElement(By.id("username")).getAttribute("value")).isEqualTo("throttled.agent");
	}

	@Test
	void aPageThatDoesNotExistShowsTheFriendly404(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port);
		site.signIn("reader", "demo").waitFor(By.cssSelector(".scenario-list"));
		site.open("/does-not-exist");
		assertThat(site.waitFor(By.cssSelector(".error-page")).getText()).contains("404").contains("页面不存在");
		site.signOut();
	}

	@Test
	void searchFindsTheOutOfStockScenarioWithTheWordHighlighted(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port);
		site.signIn("reader", "demo").waitFor(By.cssSelector(".scenario-list"));
		driver.findElement(By.id("header-q")).sendKeys("缺货\n");
		site.waitFor(By.cssSelector(".search-results"));
		assertThat(driver.findElement(By.cssSelector(".search-hit mark")).getText()).isEqualTo("缺货");
		site.signOut();
	}

}
