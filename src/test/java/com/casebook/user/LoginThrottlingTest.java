package com.casebook.user;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.casebook.CasebookIntegrationTest;
import com.casebook.SignedIn;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Password guessing is slowed per account and client address, without a lock anyone could
 * trigger, and every refusal looks the same.
 */
@CasebookIntegrationTest
class LoginThrottlingTest {

	static final String PASSWORD = "right-password";

	static final String ATTACKER = "203.0.113.66";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDirectory users;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	SecurityProperties properties;

	@Autowired
	MeterRegistry meters;

	@Autowired
	UserDetailsService accounts;

	UserSummary person(String username) {
		return this.administration
			.create(new UserAdministration.NewAccount(username, username, PASSWORD, Role.READER, null));
	}

	static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(request -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

	/**
	 * Twenty more failures from the address, each after the previous wait, dated over the
	 * next hours: the address is then surely still waiting when the test's next attempt
	 * arrives, however slowly the machine runs.
	 */
	void failedManyTimes(String username, String address) {
		Duration max = this.properties.maxDelay();
		Instant now = Instant.now();
		for (int i = 1; i <= 20; i++) {
			assertThat(this.throttle.admit(username, address, now.plus(max.multipliedBy(i)))).isTrue();
		}
	}

	double passwordsChecked() {
		return this.meters.counter("casebook.login.attempts", "outcome", "checked").count();
	}

	@Test
	void aHundredParallelAttemptsAtTheSameMomentAdmitExactlyTheLimit() throws Exception {
		Instant now = Instant.parse("2026-11-30T09:00:00Z");
		List<Future<Boolean>> answers = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			for (int i = 0; i < 100; i++) {
				answers.add(pool.submit(() -> this.throttle.admit("parallel.instant", ATTACKER, now)));
			}
			int admitted = 0;
			for (Future<Boolean> answer : answers) {
				admitted += answer.get() ? 1 : 0;
			}
			assertThat(admitted).isEqualTo(this.properties.maxFailedLogins());
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void aHundredParallelWrongPasswordsCheckAtMostTheLimitAndNeverFail() throws Exception {
		person("parallel.target");
		double before = passwordsChecked();
		long started = System.nanoTime();
		List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			for (int i = 0; i < 100; i++) {
				String guess = "guess-" + i;
				answers.add(pool.submit(
						() -> this.mvc.perform(signIn("parallel.target", guess, ATTACKER)).andReturn().getResponse()));
			}
			for (Future<MockHttpServletResponse> answer : answers) {
				MockHttpServletResponse response = answer.get();
				assertThat(response.getStatus()).isEqualTo(302);
				assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
			}
		}
		finally {
			pool.shutdown();
		}
		// on a slow machine the burst outlasts the first delays (2 s, 4 s, 8 s...): each
		// one
		// waited out lets exactly one more attempt through, and no more
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		int waitedOut = 0;
		for (Duration wait = this.properties.firstDelay(); wait.compareTo(elapsed) <= 0; wait = wait
			.plus(this.properties.firstDelay().multipliedBy(1L << waitedOut))) {
			waitedOut++;
		}
		assertThat(passwordsChecked() - before).isLessThanOrEqualTo(this.properties.maxFailedLogins() + waitedOut);
	}

	@Test
	void anAttackersFailuresDoNotKeepTheOwnerOutFromTheirOwnAddress() throws Exception {
		person("owner.agent");
		for (int i = 0; i < 20; i++) {
			this.mvc.perform(signIn("owner.agent", "guess-" + i, ATTACKER)).andExpect(redirectedUrl("/login?error"));
		}
		failedManyTimes("owner.agent", ATTACKER);
		// the attacker's address now waits, even with the right password...
		this.mvc.perform(signIn("owner.agent", PASSWORD, ATTACKER)).andExpect(redirectedUrl("/login?error"));
		// ...while the owner, elsewhere, signs in at once
		this.mvc.perform(signIn("owner.agent", PASSWORD, "198.51.100.7")).andExpect(redirectedUrl("/"));
	}

	@Test
	void theWaitGrowsWithEachFailureButNeverPassesTheMaximum() {
		Instant t = Instant.parse("2026-11-30T08:00:00Z");
		String address = "192.0.2.10";
		for (int i = 0; i < this.properties.maxFailedLogins(); i++) {
			assertThat(this.throttle.admit("waiting.agent", address, t)).isTrue();
		}
		Duration first = this.properties.firstDelay();
		assertThat(this.throttle.admit("waiting.agent", address, t)).isFalse();
		assertThat(this.throttle.admit("waiting.agent", address, t.plus(first))).isTrue();
		// one failure more: twice the wait
		t = t.plus(first);
		assertThat(this.throttle.admit("waiting.agent", address, t.plus(first))).isFalse();
		assertThat(this.throttle.admit("waiting.agent", address, t.plus(first.multipliedBy(2)))).isTrue();
		t = t.plus(first.multipliedBy(2));
		// a hundred more failures, each waited out: the wait stops growing at the maximum
		Duration max = this.properties.maxDelay();
		for (int i = 0; i < 100; i++) {
			t = t.plus(max);
			assertThat(this.throttle.admit("waiting.agent", address, t)).isTrue();
		}
		assertThat(this.throttle.admit("waiting.agent", address, t.plus(max).minusSeconds(1))).isFalse();
		assertThat(this.throttle.admit("waiting.agent", address, t.plus(max))).isTrue();
		// another address was never slowed
		assertThat(this.throttle.admit("waiting.agent", "192.0.2.11", t)).isTrue();
	}

	@Test
	void countsQuietForADayAreForgotten() {
		Instant longAgo = Instant.parse("2020-01-01T08:00:00Z");
		for (int i = 0; i < this.properties.maxFailedLogins(); i++) {
			this.throttle.admit("forgotten.agent", "192.0.2.50", longAgo);
		}
		assertThat(this.throttle.admit("forgotten.agent", "192.0.2.50", longAgo)).isFalse();

		assertThat(this.throttle.forgetCountsQuietSince(longAgo.plus(Duration.ofDays(1)))).isEqualTo(1);

		// a fresh start: the limit's worth of attempts again
		for (int i = 0; i < this.properties.maxFailedLogins(); i++) {
			assertThat(this.throttle.admit("forgotten.agent", "192.0.2.50", longAgo)).isTrue();
		}
		this.throttle.forgetCountsQuietSince(longAgo.plus(Duration.ofDays(1)));
	}

	@Test
	void aSuccessfulSignInForgetsEarlierFailures() throws Exception {
		person("typing.agent");
		for (int i = 0; i < this.properties.maxFailedLogins() - 1; i++) {
			this.mvc.perform(signIn("typing.agent", "typo-" + i, "192.0.2.20"));
		}
		this.mvc.perform(signIn("typing.agent", PASSWORD, "192.0.2.20")).andExpect(redirectedUrl("/"));
		for (int i = 0; i < this.properties.maxFailedLogins() - 1; i++) {
			this.mvc.perform(signIn("typing.agent", "typo-" + i, "192.0.2.20"));
		}
		this.mvc.perform(signIn("typing.agent", PASSWORD, "192.0.2.20")).andExpect(redirectedUrl("/"));
	}

	@Test
	void wrongPasswordThrottledDisabledAndUnknownAccountsGetTheSameAnswer() throws Exception {
		person("same.answer");
		UserSummary disabled = person("same.disabled");
		this.administration.setEnabled(disabled.id(), false, -1);
		failedManyTimes("same.answer", ATTACKER);
		String[][] attempts = { { "same.answer", "wrong" }, { "same.answer", PASSWORD }, { "same.disabled", PASSWORD },
				{ "no.such.person", "whatever" } };
		for (String[] attempt : attempts) {
			String address = attempt[1].equals(PASSWORD) && attempt[0].equals("same.answer") ? ATTACKER : "192.0.2.30";
			this.mvc.perform(signIn(attempt[0], attempt[1], address)).andExpect(redirectedUrl("/login?error"));
			this.mvc.perform(get("/api/scenarios").with(httpBasic(attempt[0], attempt[1])).with(request -> {
				request.setRemoteAddr(address);
				return request;
			})).andExpect(status().isUnauthorized()).andExpect(content().string(""));
		}
	}

	@Test
	void aPasswordLongerThanBcryptReadsIsRefusedClearlyWhereverItIsTyped() throws Exception {
		String tooLong = "密码".repeat(13); // 26 characters, 78 bytes
		this.mvc.perform(signIn("reader", tooLong, "192.0.2.40")).andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/api/scenarios").with(httpBasic("reader", "x".repeat(200))))
			.andExpect(status().isUnauthorized());

		SignedIn signedIn = new SignedIn(this.accounts);
		this.mvc
			.perform(post("/admin/users").with(signedIn.as("admin"))
				.with(csrf())
				.accept(MediaType.TEXT_HTML)
				.param("username", "long.password")
				.param("displayName", "Long Password")
				.param("password", tooLong)
				.param("role", "READER"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("accountForm", "password", "user.error.password-long"));
		long reader = this.users.findByUsername("reader").orElseThrow().id();
		this.mvc
			.perform(post("/admin/users/{id}/password", reader).with(signedIn.as("admin"))
				.with(csrf())
				.param("password", "x".repeat(73)))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("problem", "user.error.password-long"));
		// 72 bytes exactly is fine
		UserSummary edge = person("edge.password");
		this.administration.resetPassword(edge.id(), "x".repeat(72));
		this.mvc.perform(signIn("edge.password", "x".repeat(72), "192.0.2.41")).andExpect(redirectedUrl("/"));
	}

}
