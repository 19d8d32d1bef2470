package com.casebook.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contribution points end to end: a manager's scenario is published and adopted, points
 * show on the profile and the leaderboard, a reward is redeemed (after confirming) and
 * rejected, and the bell follows along. Then the dashboard draws its charts.
 */
@BrowserTest
class PointsBrowserTest {

	@LocalServerPort
	int port;

	@Test
	void aManagersContributionEarnsPointsThatBuyARewardAndComeBackWhenRejected(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port);
		site.signIn("manager2", "demo").waitFor(By.cssSelector(".scenario-list"));
		long pointsBefore = points(driver);
		int bellBefore = bell(driver);

		site.open("/scenarios/new").waitFor(By.id("title"));
		driver.findElement(By.id("title")).sendKeys("积分浏览器测试情景");
		driver.findElement(By.id("situation")).sendKeys("凌晨系统切换后，部分客户无法登录 App");
		new Select(driver.findElement(By.id("categoryId"))).selectByIndex(1);
		driver.findElement(By.id("actions")).sendKeys("1. 引导客户清除缓存后重试");
		driver.findElement(By.id("effect")).sendKeys("九成客户当场恢复登录");
		site.clickAndWait(By.cssSelector("button[value=submit]"));
		String scenarioUrl = driver.getCurrentUrl();

		site.signIn("editor", "demo").open(scenarioUrl.replaceFirst("^https?://[^/]+", "")).waitFor(By.id("publish"));
		site.clickAndWait(By.id("publish"));
		driver.findElement(By.cssSelector(".adopt-box summary")).click();
		site.clickAndWait(By.cssSelector(".adopt-box button.primary"));
		assertThat(site.waitFor(By.cssSelector(".alert.info")).getText()).contains("推荐做法");

		site.signIn("admin", "demo").open("/admin/rewards").waitFor(By.id("reward-create"));
		driver.findElement(By.cssSelector("#reward-create input[name=name]")).sendKeys("浏览器测试奖品");
		driver.findElement(By.cssSelector("#reward-create input[name=cost]")).sendKeys("40");
		driver.findElement(By.cssSelector("#reward-create input[name=stock]")).sendKeys("3");
		site.clickAndWait(By.cssSelector("#reward-create button"));

		site.signIn("manager2", "demo").waitFor(By.cssSelector(".scenario-list"));
		long earned = points(driver) - pointsBefore;
		assertThat(earned).isEqualTo(10 + 30 + (pointsBefore == 0 ? 20 : 0));
		// published and adopted ring the bell; the points add to the day's one points
		// notice
		assertThat(bell(driver)).isGreaterThanOrEqualTo(bellBefore + 2);
		site.open("/people/manager2").waitFor(By.id("profile-points"));
		assertThat(Long.parseLong(driver.findElement(By.id("profile-points")).getText()))
			.isEqualTo(pointsBefore + earned);
		assertThat(site.pageText()).contains("方案被采纳", "情景发布");
		site.open("/leaderboard?period=month").waitFor(By.id("my-place"));
		// nothing was spent yet, so this month's points are the balance
		assertThat(driver.findElement(By.id("my-place")).getText()).contains(String.valueOf(pointsBefore + earned));

		site.open("/rewards").waitFor(By.id("reward-catalogue"));
		WebElement reward = driver.findElements(By.cssSelector("#reward-catalogue tbody tr"))
			.stream()
			.filter(r -> r.getText().contains("浏览器测试奖品"))
			.findFirst()
			.orElseThrow();
		// redeeming asks first, and nothing is spent until the confirmation
		reward.findElement(By.cssSelector("button")).click();
		assertThat(site.waitFor(By.id("redeem-confirm")).getText()).contains("确定兑换这个奖品", "浏览器测试奖品");
		assertThat(points(driver)).isEqualTo(pointsBefore + earned);
		site.clickAndWait(By.id("confirm-redeem"));
		assertThat(site.waitFor(By.cssSelector(".alert.info")).getText()).contains("已提交兑换");
		assertThat(points(driver)).isEqualTo(pointsBefore + earned - 40);

		site.signIn("admin", "demo").open("/admin/rewards").waitFor(By.id("redemption-queue"));
		WebElement request = driver.findElements(By.cssSelector("#redemption-queue tbody tr"))
			.stream()
			.filter(r -> r.getText().contains("浏览器测试奖品") && r.findElements(By.cssSelector("button")).size() > 0)
			.findFirst()
			.orElseThrow();
		request.findElement(By.cssSelector("input[name=note]")).sendKeys("本月暂停发放");
		request.findElements(By.cssSelector("button")).get(1).click();
		assertThat(site.waitFor(By.cssSelector(".alert.info")).getText()).contains("积分已退回");

		site.signIn("manager2", "demo").waitFor(By.cssSelector(".scenario-list"));
		assertThat(points(driver)).isEqualTo(pointsBefore + earned);
		site.open("/rewards").waitFor(By.cssSelector(".my-redemptions"));
		assertThat(driver.findElement(By.cssSelector(".my-redemptions")).getText()).contains("已驳回");
		site.open("/notifications").waitFor(By.id("notification-list"));
		assertThat(site.pageText()).contains("已发布", "推荐做法", "积分", "您对“浏览器测试奖品”的兑换申请被驳回（本月暂停发放）");
	}

	@Test
	void theDashboardDrawsItsChartsWithTheDemoData(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port);
		site.signIn("editor", "demo").open("/reports").waitFor(By.id("report-activity"));
		Boolean drawn = new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
					"return typeof Chart !== 'undefined' && Chart.getChart(document.querySelector('#report-activity canvas')) !== undefined"));
		assertThat(drawn).isTrue();
	}

	private static long points(WebDriver driver) {
		return Long.parseLong(driver.findElement(By.id("my-points")).getText().replaceAll("\\D", ""));
	}

	private static int bell(WebDriver driver) {
		var counts = driver.findElements(By.cssSelector("#bell .count"));
		return counts.isEmpty() ? 0 : Integer.parseInt(counts.get(0).getText());
	}

}
