package com.casebook.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.InvalidArgumentException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does on every page (sign in, follow the navigation, switch language), in
 * one place for all browser tests.
 */
public class SiteSession {

	private final WebDriver driver;

	private final String baseUrl;

	public SiteSession(WebDriver driver, int port) {
		this.driver = driver;
		this.baseUrl = "http://localhost:" + port;
	}

	/**
	 * Opens a page. Leaving a form with unsaved typing makes the page ask first; Chrome
	 * usually lets WebDriver through, and where it holds the prompt open the person's
	 * answer is "leave".
	 */
	public SiteSession open(String path) {
		try {
			this.driver.get(this.baseUrl + path);
		}
		catch (UnhandledAlertException | InvalidArgumentException leavePrompt) {
			this.driver.switchTo().alert().accept();
			this.driver.get(this.baseUrl + path);
		}
		return this;
	}

	public SiteSession signIn(String username, String password) {
		this.driver.manage().deleteAllCookies();
		open("/login?lang=zh_CN");
		this.driver.findElement(By.id("username")).clear();
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(password);
		WebElement submit = this.driver.findElement(By.cssSelector("#login-form button[type=submit]"));
		submit.click();
		// wait for the next page, so nothing reads the old login page by mistake
		waitUntilGone(submit);
		return this;
	}

	/** Clicks and waits until the browser has left the page the element was on. */
	public SiteSession clickAndWait(By selector) {
		WebElement element = this.driver.findElement(selector);
		element.click();
		waitUntilGone(element);
		return this;
	}

	/**
	 * Waits until the browser left the page the element was on. Chrome sometimes reports
	 * a node of a page being replaced as not belonging to the document rather than as
	 * stale; both mean gone.
	 */
	private void waitUntilGone(WebElement element) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(driver -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (WebDriverException gone) {
				return true;
			}
		});
	}

	public SiteSession signOut() {
		this.driver.findElement(By.cssSelector(".user-box form button")).click();
		waitFor(By.id("login-form"));
		return this;
	}

	public String navigationText() {
		return this.driver.findElement(By.cssSelector(".main-nav")).getText();
	}

	public String pageText() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	public WebElement waitFor(By selector) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(selector));
	}

	public WebDriver driver() {
		return this.driver;
	}

}
