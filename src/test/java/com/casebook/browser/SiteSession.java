package com.casebook.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.InvalidArgumentException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
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
		WebElement signOut = this.driver.findElement(By.cssSelector(".user-box form button"));
		if (!signOut.isDisplayed()) {
			// on a phone the button sits in the folded header menu
			this.driver.findElement(By.id("menu-button")).click();
		}
		signOut.click();
		waitFor(By.id("login-form"));
		return this;
	}

	/** The visible text of the header navigation (a closed menu shows only its name). */
	public String navigationText() {
		return this.driver.findElement(By.cssSelector(".main-nav")).getText();
	}

	/** Opens the editors' menu in the header, where their work pages are linked. */
	public SiteSession openEditingMenu() {
		WebElement menu = this.driver.findElement(By.id("editing-menu"));
		if (menu.getAttribute("open") == null) {
			menu.findElement(By.tagName("summary")).click();
		}
		waitFor(By.cssSelector("#editing-menu .menu-panel"));
		return this;
	}

	/** A 390 px wide phone screen (an iPhone 12 to 15), as wide inside as the window. */
	public SiteSession phone() {
		this.driver.manage().window().setSize(new Dimension(390, 844));
		return this;
	}

	public SiteSession desktop() {
		this.driver.manage().window().setSize(new Dimension(1280, 900));
		return this;
	}

	public Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	/** The whole page as a PNG in {@code target/screenshots}, to look at the work. */
	public SiteSession screenshot(String name) {
		Map<String, Object> shot = ((ChromeDriver) this.driver).executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true));
		try {
			Path folder = Files.createDirectories(Path.of("target", "screenshots"));
			Files.write(folder.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
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
