package com.casebook.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing per account name and client address. Every attempt is
 * counted by one atomic upsert <em>before</em> the password is checked, so parallel
 * attempts cannot slip past the limit; a successful sign-in clears the count. Beyond the
 * limit each attempt from that address waits a growing, bounded delay: an attacker
 * elsewhere never locks the owner out, and the owner's own typos cost at most
 * {@link SecurityProperties#maxDelay()}.
 */
@Component
class LoginThrottle {

	private static final int MAX_ACCOUNT_KEY = 100;

	private static final int MAX_ADDRESS = 64;

	/**
	 * 2^30 times the first delay is far past any sensible maximum; keeps power() finite.
	 */
	private static final int MAX_DOUBLINGS = 30;

	/** Longer than any wait ({@code max-delay}), so forgetting never shortens one. */
	private static final Duration QUIET = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final SecurityProperties properties;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, SecurityProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Counts an attempt; false when it must be refused without looking at the password.
	 */
	boolean admit(String username, String address) {
		return admit(username, address, this.clock.instant());
	}

	boolean admit(String username, String address, Instant now) {
		return this.jdbc
			.sql("""
					insert into login_throttle as t (account_key, client_address, failures, next_attempt_at, last_attempt_at)
					values (:account, :address, 1,
					        case when 1 >= :limit then cast(:now as timestamptz) + :first * interval '1 second' end,
					        cast(:now as timestamptz))
					on conflict (account_key, client_address) do update set
					    failures = t.failures + 1,
					    next_attempt_at = case when t.failures + 1 >= :limit
					        then cast(:now as timestamptz)
					            + least(:first * power(2, least(t.failures + 1 - :limit, :doublings)), :max) * interval '1 second'
					        end,
					    last_attempt_at = cast(:now as timestamptz)
					where t.next_attempt_at is null or t.next_attempt_at <= cast(:now as timestamptz)
					returning failures
					""")
			.param("account", accountKey(username))
			.param("address", address(address))
			.param("limit", this.properties.maxFailedLogins())
			.param("first", seconds(this.properties.firstDelay()))
			.param("max", seconds(this.properties.maxDelay()))
			.param("doublings", MAX_DOUBLINGS)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.query(Integer.class)
			.optional()
			.isPresent();
	}

	void succeeded(String username, String address) {
		this.jdbc.sql("delete from login_throttle where account_key = :account and client_address = :address")
			.param("account", accountKey(username))
			.param("address", address(address))
			.update();
	}

	/**
	 * Forgets counts nobody has added to for a day, names that were only guessed
	 * included, so the table stays as small as the recent attempts.
	 */
	// once per cluster: the counts are shared in the database, one delete serves every
	// node
	@Scheduled(cron = "${casebook.security.throttle-cleanup-cron:0 17 * * * *}")
	@SchedulerLock(name = "login-throttle-cleanup", lockAtLeastFor = "PT1M", lockAtMostFor = "PT10M")
	void forgetQuietCounts() {
		forgetCountsQuietSince(this.clock.instant().minus(QUIET));
	}

	int forgetCountsQuietSince(Instant cutoff) {
		return this.jdbc.sql("delete from login_throttle where last_attempt_at < cast(:cutoff as timestamptz)")
			.param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
			.update();
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

	private static String accountKey(String username) {
		String key = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
		return key.length() <= MAX_ACCOUNT_KEY ? key : key.substring(0, MAX_ACCOUNT_KEY);
	}

	private static String address(String address) {
		String value = address == null ? "" : address;
		return value.length() <= MAX_ADDRESS ? value : value.substring(0, MAX_ADDRESS);
	}

}
