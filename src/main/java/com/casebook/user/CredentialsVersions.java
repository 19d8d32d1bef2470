package com.casebook.user;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells whether a signed-in person's session still matches their account: same
 * credentials version and still enabled. Read from the database so it holds across nodes
 * (sessions may later live in Spring Session JDBC); remembered per node for
 * {@code casebook.security.credentials-check-interval} so a page costs no extra query,
 * and forgotten on this node as soon as an account change commits.
 */
@Component
class CredentialsVersions {

	private record Seen(Optional<Long> version, Instant at) {
	}

	private final Map<Long, Seen> seen = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	private final SecurityProperties properties;

	private final Clock clock;

	CredentialsVersions(JdbcClient jdbc, SecurityProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	boolean isCurrent(CurrentUser user) {
		return current(user.getId()).filter(version -> version == user.getCredentialsVersion()).isPresent();
	}

	/**
	 * The version of an enabled account; empty when it is disabled or gone. When the
	 * remembered answer is too old, one thread asks the database and the others asking
	 * about the same account meanwhile wait for its answer: under load, every page of a
	 * person open at that moment took a pooled connection for the same query (JFR, 32
	 * clients of one session: 104 of 759 waits for a connection were here).
	 */
	private Optional<Long> current(long accountId) {
		Instant now = this.clock.instant();
		Seen cached = this.seen.get(accountId);
		if (isFresh(cached, now)) {
			return cached.version();
		}
		return this.seen.compute(accountId, (id, known) -> isFresh(known, now) ? known : new Seen(load(id), now))
			.version();
	}

	private boolean isFresh(Seen seen, Instant now) {
		return seen != null && now.isBefore(seen.at().plus(this.properties.credentialsCheckInterval()));
	}

	private Optional<Long> load(long accountId) {
		return this.jdbc.sql("select credentials_version from user_account where id = :id and enabled")
			.param("id", accountId)
			.query(Long.class)
			.optional();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void forget(AccountChanged change) {
		this.seen.remove(change.accountId());
	}

}
