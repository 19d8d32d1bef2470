package com.casebook.user;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.casebook.CasebookApplication;
import com.casebook.database.ClusterLocks;
import com.casebook.search.IndexMaintenance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Casebook nodes on one PostgreSQL (the test run's embedded one), each a whole
 * application with its own web server and sessions in the database
 * ({@code casebook.sessions=jdbc}), and one client that talks to either as a load
 * balancer would send it: what one node put in a session the other reads, and work meant
 * for one node at a time is done by one.
 */
class StatelessNodesTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	static JdbcClient jdbc;

	final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@BeforeAll
	static void startTwoNodes() {
		// one after the other, as a rolling start does: the first seeds an empty database
		nodeA = node();
		nodeB = node();
		jdbc = nodeA.getBean(JdbcClient.class);
	}

	@AfterAll
	static void stopNodes() {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
	}

	private static ConfigurableApplicationContext node() {
		return new SpringApplicationBuilder(CasebookApplication.class).profiles("test")
			.run("--server.port=0", "--casebook.sessions=jdbc",
					// the test runs the cleanup job itself, through each node's lock
					"--casebook.security.throttle-cleanup-cron=-");
	}

	@Test
	void bothNodesKeepSessionsInTheDatabase() {
		assertThat(nodeA.getBeansOfType(SessionRepository.class)).isNotEmpty();
		assertThat(nodeB.getBeansOfType(SessionRepository.class)).isNotEmpty();
	}

	@Test
	void theSessionCookieKeepsItsProtectionsAndIsSecureBehindATlsProxy() throws Exception {
		HttpResponse<String> plain = get(nodeA, "/login");
		// a new visitor, so B starts a session of its own
		HttpResponse<String> proxied = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri(nodeB, "/login"))
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-For", "203.0.113.9")
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(plain.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=")
				.containsIgnoringCase("HttpOnly")
				.containsIgnoringCase("SameSite=Lax")
				.doesNotContainIgnoringCase("Secure"));
		assertThat(proxied.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").containsIgnoringCase("; Secure"));
	}

	@Test
	void aSignInOnOneNodeIsValidOnTheOther() throws Exception {
		signIn(nodeA, "editor", "demo");

		HttpResponse<String> profile = get(nodeB, "/people/editor");

		assertThat(profile.statusCode()).isEqualTo(200);
		assertThat(profile.body()).contains("id=\"api-tokens\"");
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'editor'")
			.query(Integer.class)
			.single()).isPositive();
		// server.servlet.session.timeout (8 h) applies to sessions in the database too
		assertThat(jdbc.sql("select distinct max_inactive_interval from spring_session where principal_name = 'editor'")
			.query(Integer.class)
			.list()).containsExactly(8 * 3600);
	}

	@Test
	void aCsrfTokenFromOneNodeIsAcceptedByTheOtherAndItsFlashMessageReachesAThird() throws Exception {
		signIn(nodeA, "manager", "demo");
		String token = csrf(get(nodeA, "/people/manager").body());

		HttpResponse<String> made = post(nodeB, "/account/tokens", "name=two-nodes&_csrf=" + encode(token));

		assertThat(made.statusCode()).isEqualTo(302);
		// the new token (an ApiTokens.NewToken) went into the session as a flash
		// attribute on B, serialized into PostgreSQL, and is shown once by A
		HttpResponse<String> shown = get(nodeA, "/people/manager");
		assertThat(shown.body()).contains("id=\"new-token\"").containsPattern("<code>cbk_[^<]+</code>");
		assertThat(get(nodeB, "/people/manager").body()).doesNotContain("id=\"new-token\"");
	}

	@Test
	void aPostWithoutTheSessionsCsrfTokenIsRefusedOnEitherNode() throws Exception {
		signIn(nodeA, "manager", "demo");

		assertThat(post(nodeB, "/account/tokens", "name=forged&_csrf=not-the-token").statusCode()).isEqualTo(403);
	}

	@Test
	void theNameTypedAtARefusedSignInIsKeptAcrossNodes() throws Exception {
		String token = csrf(get(nodeA, "/login").body());
		post(nodeA, "/login", "username=" + encode("reader-typo") + "&password=x&_csrf=" + encode(token));

		assertThat(get(nodeB, "/login?error").body()).contains("value=\"reader-typo\"");
	}

	@Test
	void signInThrottlingCountsTheAttemptsMadeOnEveryNode() throws Exception {
		String account = "throttled-" + System.nanoTime();
		nodeA.getBean(UserAdministration.class)
			.create(new UserAdministration.NewAccount(account, account, "right-password-1", Role.READER, null));
		for (int attempt = 0; attempt < 5; attempt++) {
			signIn(attempt % 2 == 0 ? nodeA : nodeB, account, "wrong-password");
		}

		// the sixth attempt, with the right password, comes too soon on either node
		assertThat(signIn(nodeB, account, "right-password-1").headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).contains("/login?error"));
	}

	@Test
	void aScheduledJobTakenByOneNodeIsSkippedByTheOther() {
		Instant old = Instant.now().minusSeconds(3 * 24 * 3600);
		oldThrottleCount("first-" + System.nanoTime(), old);

		nodeA.getBean(LoginThrottle.class).forgetQuietCounts();
		assertThat(quietCounts(old)).isZero();

		// B fires the same job moments later, as its schedule would: A holds the job's
		// lock
		// for a minute at least, so B skips this run and the new count stays
		oldThrottleCount("second-" + System.nanoTime(), old);
		nodeB.getBean(LoginThrottle.class).forgetQuietCounts();
		assertThat(quietCounts(old)).isOne();
		assertThat(jdbc
			.sql("select count(*) from shedlock where name = 'login-throttle-cleanup' and lock_until > "
					+ "timezone('utc', now())")
			.query(Integer.class)
			.single()).isOne();
		nodeA.getBean(LoginThrottle.class).forgetCountsQuietSince(old.plusSeconds(1));
	}

	@Test
	void theSearchIndexCheckAtStartUpWaitsWhileAnotherNodeHoldsItsLock() throws Exception {
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> holder = CompletableFuture
			.runAsync(() -> nodeA.getBean(ClusterLocks.class).exclusively(IndexMaintenance.START_LOCK, () -> {
				held.countDown();
				await(release);
			}));
		assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();

		assertThat(nodeB.getBean(ClusterLocks.class).ifFree(IndexMaintenance.START_LOCK, () -> {
		})).as("the lock is free for B while A holds it").isFalse();
		CompletableFuture<Void> startUpCheckOnB = CompletableFuture
			.runAsync(() -> nodeB.getBean(IndexMaintenance.class).rebuildIfNeeded());
		Thread.sleep(1000);
		assertThat(startUpCheckOnB).as("B's check runs while A holds the lock").isNotDone();

		release.countDown();
		holder.get(30, TimeUnit.SECONDS);
		startUpCheckOnB.get(2, TimeUnit.MINUTES);
		assertThat(nodeB.getBean(ClusterLocks.class).ifFree(IndexMaintenance.START_LOCK, () -> {
		})).isTrue();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void oldThrottleCount(String account, Instant at) {
		jdbc.sql("""
				insert into login_throttle (account_key, client_address, failures, next_attempt_at, last_attempt_at)
				values (:account, '192.0.2.1', 1, null, :at)
				""").param("account", account).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
	}

	private static int quietCounts(Instant at) {
		return jdbc.sql("select count(*) from login_throttle where last_attempt_at <= :at")
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.query(Integer.class)
			.single();
	}

	private HttpResponse<String> signIn(ConfigurableApplicationContext node, String username, String password)
			throws IOException, InterruptedException {
		String token = csrf(get(node, "/login").body());
		return post(node, "/login",
				"username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token));
	}

	private HttpResponse<String> get(ConfigurableApplicationContext node, String path)
			throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(uri(node, path)).header("Accept-Language", "en").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(ConfigurableApplicationContext node, String path, String form)
			throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(uri(node, path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext node, String path) {
		return URI.create("http://localhost:"
				+ node.getEnvironment().getRequiredProperty("local.server.port", Integer.class) + path);
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
