package com.casebook.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.casebook.notification.Watches;

import static org.assertj.core.api.Assertions.assertThat;

/** "My watches": everything a person watches in one list, removable there. */
@BrowserTest
class WatchesBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Watches watches;

	@Test
	void aReaderFindsTheirWatchesFromTheNotificationsAndRemovesOne(WebDriver driver) {
		long reader = this.jdbc.sql("select id from user_account where username = 'reader'").query(Long.class).single();
		long scenario = this.jdbc.sql("select min(id) from scenario where status = 'PUBLISHED'")
			.query(Long.class)
			.single();
		String title = this.jdbc.sql("select title from scenario where id = ?")
			.param(scenario)
			.query(String.class)
			.single();
		long tag = this.jdbc.sql("select id from tag where name_zh = '大促'").query(Long.class).single();
		this.watches.watch(reader, Watches.Target.SCENARIO, scenario);
		this.watches.watch(reader, Watches.Target.TAG, tag);

		SiteSession site = new SiteSession(driver, this.port).desktop();
		site.signIn("reader", "demo").open("/notifications");
		site.clickAndWait(By.id("my-watches-link"));
		assertThat(site.waitFor(By.id("watched-scenarios")).getText()).contains(title);
		assertThat(driver.findElement(By.id("watched-tags")).getText()).contains("大促");
		site.screenshot("my-watches-zh");

		site.clickAndWait(By.cssSelector("#watched-scenarios form button"));
		assertThat(site.waitFor(By.cssSelector(".alert.info")).getText()).contains("不再");
		assertThat(site.pageText()).doesNotContain(title);
		assertThat(this.watches.watches(reader, Watches.Target.SCENARIO, scenario)).isFalse();
		assertThat(this.watches.watches(reader, Watches.Target.TAG, tag)).isTrue();
		site.signOut();
	}

}
