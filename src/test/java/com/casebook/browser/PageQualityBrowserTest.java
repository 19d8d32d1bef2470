package com.casebook.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.webjars.WebJarVersionLocator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the pages look like to people, checked in Chromium on the demo data: no critical
 * or serious accessibility violation (axe-core, run inside each page), a readable header,
 * buttons that keep their label on a line, an indented category tree and charts that
 * neither dip below zero nor cut their labels off. Screenshots of the pages land in
 * {@code target/screenshots}.
 */
@BrowserTest
class PageQualityBrowserTest {

	private static final List<String> ROLES = List.of("reader", "manager", "editor", "admin");

	private static final List<String> LANGUAGES = List.of("zh_CN", "en");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** The pages of each role's work, beside the ones everybody reads. */
	private static final Map<String, List<String>> ROLE_PAGES = Map.of("reader", List.of("/scenarios", "/leaderboard"),
			"manager", List.of("/my/scenarios"), "editor",
			List.of("/review", "/sop-candidates", "/review/overdue", "/reports", "/duplicates"), "admin",
			List.of("/admin/categories", "/admin/users", "/admin/tags"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theMainPagesHaveNoCriticalOrSeriousAccessibilityViolationForAnyRoleInEitherLanguage(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port);
		desktop(driver);
		List<String> violations = new ArrayList<>();
		driver.manage().deleteAllCookies();
		for (String language : LANGUAGES) {
			site.open("/login?lang=" + language).waitFor(By.id("login-form"));
			violations.addAll(axe(driver, "anonymous", "/login"));
		}
		for (String role : ROLES) {
			site.signIn(role, "demo");
			List<String> pages = new ArrayList<>(commonPages(role));
			pages.addAll(ROLE_PAGES.get(role));
			for (String language : LANGUAGES) {
				site.open("/?lang=" + language);
				for (String page : pages) {
					site.open(page);
					violations.addAll(axe(driver, role + " " + language, page));
				}
			}
		}
		assertThat(violations).as("critical and serious axe-core violations").isEmpty();
	}

	@Test
	void theHeaderToolsAreReadableOnTheHeader(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port);
		desktop(driver);
		List<String> unreadable = new ArrayList<>();
		for (String role : ROLES) {
			site.signIn(role, "demo").waitFor(By.cssSelector(".user-box"));
			for (WebElement element : driver.findElements(By.cssSelector(".user-box > *"))) {
				if (!element.isDisplayed()) {
					continue;
				}
				double contrast = ((Number) script(driver, CONTRAST + "return contrast(arguments[0]);", element))
					.doubleValue();
				if (contrast < 4.5) {
					unreadable.add(role + " " + element.getAttribute("class") + " " + element.getAttribute("id") + ": "
							+ String.format("%.2f", contrast) + ":1");
				}
			}
		}
		assertThat(unreadable).as("header tools with a contrast below 4.5:1").isEmpty();
	}

	@Test
	void buttonsKeepTheirLabelsOnALineOnDesktopAndPhone(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port);
		long scenario = adoptedScenario();
		site.signIn("admin", "demo");
		List<String> pages = List.of("/", "/scenarios/" + scenario, "/scenarios/" + scenario + "/sop",
				"/search?tag=" + aTag(), "/admin/categories", "/review/overdue", "/sop-candidates", "/reports");
		List<String> squeezed = new ArrayList<>();
		for (int width : new int[] { 1280, 390 }) {
			driver.manage().window().setSize(new Dimension(width, 900));
			for (String language : LANGUAGES) {
				site.open("/?lang=" + language);
				for (String page : pages) {
					site.open(page);
					@SuppressWarnings("unchecked")
					List<String> found = (List<String>) script(driver, SQUEEZED_BUTTONS);
					found.forEach(button -> squeezed.add(width + "px " + language + " " + page + ": " + button));
					screenshot(driver, page, width, language);
				}
			}
		}
		desktop(driver);
		assertThat(squeezed).as("buttons whose label is squeezed into a narrow stack").isEmpty();
	}

	@Test
	void theCategoryAdminIndentsEachSubcategoryUnderItsParent(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port);
		desktop(driver);
		site.signIn("admin", "demo").open("/admin/categories").waitFor(By.id("category-tree"));
		List<Map<String, Object>> children = this.jdbc
			.sql("select id, parent_id from category where parent_id is not null order by id limit 5")
			.query()
			.listOfRows();
		assertThat(children).isNotEmpty();
		for (Map<String, Object> child : children) {
			assertThat(nameLeft(driver, ((Number) child.get("id")).longValue()))
				.as("category " + child.get("id") + " against its parent")
				.isGreaterThanOrEqualTo(nameLeft(driver, ((Number) child.get("parent_id")).longValue()) + 16);
		}
	}

	@Test
	void chartsStartAtZeroAndShowTheirLabelsWhole(WebDriver driver) {
		SiteSession site = new SiteSession(driver, this.port);
		for (int width : new int[] { 1280, 390 }) {
			driver.manage().window().setSize(new Dimension(width, 900));
			site.signIn("editor", "demo").open("/reports?lang=en").waitFor(By.cssSelector(".report-grid"));
			new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(script(d,
					"return typeof Chart !== 'undefined' && [...document.querySelectorAll('canvas[data-chart]')]"
							+ ".every(c => Chart.getChart(c));")));
			@SuppressWarnings("unchecked")
			List<String> problems = (List<String>) script(driver, CHART_PROBLEMS);
			assertThat(problems).as("charts at " + width + "px").isEmpty();
		}
		desktop(driver);
	}

	/** Pages every signed-in role reads. */
	private List<String> commonPages(String role) {
		long scenario = adoptedScenario();
		return List.of("/", "/scenarios/" + scenario, "/scenarios/" + scenario + "/sop", "/search?tag=" + aTag(),
				"/people/" + role);
	}

	private long aTag() {
		return this.jdbc.sql("select min(tag_id) from scenario_tag").query(Long.class).single();
	}

	private long adoptedScenario() {
		return this.jdbc.sql("""
				select min(s.id) from scenario s where s.status = 'PUBLISHED'
				and exists (select 1 from solution a where a.scenario_id = s.id and a.adopted)""")
			.query(Long.class)
			.single();
	}

	private static List<String> axe(WebDriver driver, String who, String page) {
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		script(driver, AXE_SOURCE);
		Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
					.then((r) => done(r.violations
						.filter((v) => v.impact === 'critical' || v.impact === 'serious')
						.map((v) => v.impact + ' ' + v.id + ' (' + v.nodes.length + '): '
							+ v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '')
								.replace(/\\s+/g, ' ')).join(' | '))))
					.catch((e) => done(['axe failed: ' + e]));
				""");
		List<String> found = new ArrayList<>();
		for (Object violation : (List<?>) result) {
			found.add(who + " " + page + ": " + violation);
		}
		return found;
	}

	private static double nameLeft(WebDriver driver, long category) {
		return ((Number) script(driver, "return arguments[0].getBoundingClientRect().left;",
				driver.findElement(By.cssSelector("tr[data-category='" + category + "'] input[name=nameZh]"))))
			.doubleValue();
	}

	private static void desktop(WebDriver driver) {
		driver.manage().window().setSize(new Dimension(1280, 900));
	}

	private static void screenshot(WebDriver driver, String page, int width, String language) {
		Map<String, Object> shot = ((ChromeDriver) driver).executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true));
		String name = (page.replaceAll("[^A-Za-z0-9]+", "-") + "-" + width + "-" + language + ".png").replaceAll("^-",
				"");
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Object script(WebDriver driver, String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	private static final String AXE_SOURCE = load(new WebJarVersionLocator().fullPath("axe-core", "axe.min.js"));

	private static String load(String resource) {
		try (InputStream in = PageQualityBrowserTest.class.getClassLoader().getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * WCAG contrast of an element's text against the background it sits on
	 * (semi-transparent backgrounds composed over their ancestors').
	 */
	private static final String CONTRAST = """
			const rgba = (c) => { const m = c.match(/[\\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
			const over = (top, bottom) => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat([1]);
			const background = (el) => {
				const layers = [];
				for (let e = el; e; e = e.parentElement) {
					const c = rgba(getComputedStyle(e).backgroundColor);
					if (c[3] > 0) { layers.push(c); if (c[3] === 1) break; }
				}
				return layers.reverse().reduce((below, layer) => over(layer, below), [255, 255, 255, 1]);
			};
			const luminance = (c) => { const l = c.slice(0, 3).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
				return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2]; };
			const contrast = (el) => {
				const bg = background(el);
				const fg = over(rgba(getComputedStyle(el).color), bg);
				const a = luminance(fg), b = luminance(bg);
				return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
			};
			""";

	/**
	 * Visible buttons whose label is broken into more than two lines, or squeezed
	 * narrower than two characters of its own text.
	 */
	private static final String SQUEEZED_BUTTONS = """
			const found = [];
			document.querySelectorAll('button, .button, input[type=submit]').forEach((b) => {
				const r = b.getBoundingClientRect();
				if (r.width === 0 || r.height === 0 || b.closest('[hidden], details:not([open])')) return;
				const s = getComputedStyle(b);
				const font = parseFloat(s.fontSize);
				const line = s.lineHeight === 'normal' ? font * 1.2 : parseFloat(s.lineHeight);
				const content = r.height - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom)
					- parseFloat(s.borderTopWidth) - parseFloat(s.borderBottomWidth);
				const label = (b.innerText || b.value || '').trim();
				const lines = content / line;
				if (lines > 2.5 || (label.length > 2 && r.width < font * 2)) {
					found.push('"' + label + '" ' + Math.round(r.width) + 'x' + Math.round(r.height) + ' (' + lines.toFixed(1) + ' lines)');
				}
			});
			return found;
			""";

	/**
	 * Charts whose value axis goes below zero, and horizontal bars whose labels are wider
	 * than the room their axis has.
	 */
	private static final String CHART_PROBLEMS = """
			const problems = [];
			document.querySelectorAll('canvas[data-chart]').forEach((canvas) => {
				const chart = Chart.getChart(canvas);
				const name = canvas.closest('figure').id;
				const horizontal = chart.options.indexAxis === 'y';
				const values = chart.scales[horizontal ? 'x' : 'y'];
				const labels = chart.scales[horizontal ? 'y' : 'x'];
				if (values.min < 0) problems.push(name + ': value axis starts at ' + values.min);
				if (horizontal) {
					const ctx = chart.ctx;
					ctx.save();
					ctx.font = Chart.helpers.toFont(labels.options.ticks.font).string;
					labels.ticks.forEach((tick) => {
						const text = [].concat(tick.label).join(' ');
						const width = ctx.measureText(text).width;
						if (width > labels.width) problems.push(name + ': label "' + text + '" is ' + Math.round(width)
							+ 'px wide on an axis of ' + Math.round(labels.width) + 'px');
					});
					ctx.restore();
				}
			});
			return problems;
			""";

}
