package com.casebook.browser;

import java.util.List;

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
 * Tags on the scenario form: a type-ahead token picker over the vocabulary (either
 * language's name or a synonym finds a tag, a new name is proposed), driven by keyboard
 * alone; and without JavaScript the same field as plain text the server reads.
 */
@BrowserTest
class TagPickerBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aManagerTagsAScenarioByKeyboardWithSynonymsEnglishNamesAndANewTag(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port).desktop();
		site.signIn("manager", "demo").open("/scenarios/new").waitFor(By.id("title"));
		driver.findElement(By.id("title")).sendKeys("键盘选择标签的情景");
		new Select(driver.findElement(By.id("categoryId"))).selectByIndex(1);
		// the label leads to the picker's box, and 35 checkboxes are one line now
		WebElement input = driver.findElement(By.id("tags-input"));
		assertThat(driver.findElement(By.cssSelector("label[for=tags-input]")).getText()).isEqualTo("标签");
		assertThat(driver.findElement(By.cssSelector(".tag-field")).getSize().getHeight()).isLessThan(200);
		assertThat(driver.findElement(By.id("tags")).getAttribute("type")).isEqualTo("hidden");

		// a synonym finds its tag, shown with the name it is known by
		input.sendKeys("双十一");
		WebElement option = site.waitFor(By.cssSelector("#tags-options li[aria-selected=true]"));
		assertThat(option.getText()).contains("大促", "又称 双十一");
		assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");
		input.sendKeys(Keys.ENTER);
		assertThat(tokens(driver)).containsExactly("大促");

		// the English name in the Chinese page, and a comma to finish it
		input.sendKeys("overtime,");
		assertThat(tokens(driver)).containsExactly("大促", "加班");

		// Escape closes the list without adding, Backspace in the empty box takes the
		// last tag back
		input.sendKeys("handover");
		site.waitFor(By.cssSelector("#tags-options li"));
		input.sendKeys(Keys.ESCAPE);
		assertThat(driver.findElement(By.id("tags-options")).isDisplayed()).isFalse();
		input.sendKeys(Keys.ENTER);
		assertThat(tokens(driver)).containsExactly("大促", "加班", "交接班");
		input.sendKeys(Keys.BACK_SPACE);
		assertThat(tokens(driver)).containsExactly("大促", "加班");

		// a name the vocabulary lacks is offered as a proposal
		input.sendKeys("夜班交接清单");
		assertThat(site.waitFor(By.cssSelector("#tags-options li[aria-selected=true]")).getText())
			.isEqualTo("建议新标签“夜班交接清单”");
		input.sendKeys(Keys.ENTER);
		assertThat(driver.findElement(By.cssSelector(".tag-tokens .token.proposed")).getText()).contains("夜班交接清单", "新");
		site.screenshot("tag-picker-desktop-zh");

		site.clickAndWait(By.cssSelector("button[value=draft]"));
		site.waitFor(By.id("tags-input"));
		long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/scenarios/(\\d+)/edit.*", "$1"));
		assertThat(tagsOf(id)).containsExactlyInAnyOrder("大促", "加班", "夜班交接清单");
		assertThat(this.jdbc.sql("select status from tag where name_zh = '夜班交接清单'").query(String.class).single())
			.isEqualTo("PROPOSED");
		// the saved tags come back as tokens
		assertThat(tokens(driver)).containsExactlyInAnyOrder("大促", "加班", "夜班交接清单");
		site.signOut();
	}

	@Test
	void withoutJavaScriptTheTagsAreOnePlainFieldTheServerReads() {
		WebDriver driver = Chromium.startWithoutScripts();
		try {
			SiteSession site = new SiteSession(driver, this.port);
			site.signIn("manager", "demo").open("/scenarios/new").waitFor(By.id("title"));
			assertThat(driver.findElements(By.id("tags-input"))).as("no picker without scripts").isEmpty();
			WebElement field = driver.findElement(By.id("tags"));
			assertThat(field.getAttribute("type")).isEqualTo("text");
			assertThat(driver.findElement(By.cssSelector("label[for=tags]")).getText()).isEqualTo("标签");

			driver.findElement(By.id("title")).sendKeys("不用脚本也能打标签");
			new Select(driver.findElement(By.id("categoryId"))).selectByIndex(1);
			field.sendKeys("排班表、Overtime，无脚本新标签");
			site.clickAndWait(By.cssSelector("button[value=draft]"));
			site.waitFor(By.id("tags"));
			long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/scenarios/(\\d+)/edit.*", "$1"));
			assertThat(tagsOf(id)).containsExactlyInAnyOrder("排班", "加班", "无脚本新标签");
			// the saved tags are written back into the field by their names
			assertThat(driver.findElement(By.id("tags")).getAttribute("value")).contains("排班", "加班", "无脚本新标签");
		}
		finally {
			driver.quit();
		}
	}

	private static List<String> tokens(WebDriver driver) {
		return driver.findElements(By.cssSelector(".tag-tokens .token > span"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private List<String> tagsOf(long scenario) {
		return this.jdbc.sql("""
				select coalesce(t.name_zh, t.name_en) from scenario_tag st join tag t on t.id = st.tag_id
				where st.scenario_id = ?""").param(scenario).query(String.class).list();
	}

}
