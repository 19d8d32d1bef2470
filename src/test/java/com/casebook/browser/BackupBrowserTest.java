package com.casebook.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class BackupBrowserTest {

	@LocalServerPort
	int port;

	@Test
	void anAdminBacksUpFromTheBackupPageAndReadsItInBothLanguages(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port);
		site.signIn("admin", "demo").open("/admin").waitFor(By.id("admin-sections"));
		site.clickAndWait(By.linkText("备份")).waitFor(By.id("backup-now"));
		assertThat(site.pageText()).contains("立即备份", "计划", "每天");

		site.clickAndWait(By.cssSelector("#backup-now button"));
		String written = site.waitFor(By.id("backup-written")).getText();
		assertThat(written).contains("已写入备份").contains("casebook-");
		assertThat(driver.findElement(By.id("backup-last")).getText()).contains("成功");
		assertThat(driver.findElement(By.id("backup-list")).getText()).contains("手动", "下载");

		driver.findElement(By.linkText("English")).click();
		site.waitFor(By.id("backup-list"));
		assertThat(site.pageText()).contains("Back up now", "Schedule", "Every day", "Next scheduled backup");
		assertThat(driver.findElement(By.id("backup-list")).getText()).contains("By hand", "Download");
		driver.findElement(By.linkText("中文")).click();
		site.waitFor(By.id("backup-list"));
		site.signOut();
	}

}
