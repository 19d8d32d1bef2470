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

	/** The version of an enabled account; empty when it is disabled or gone. */
	private Optional<Long> current(long accountId) {
		Instant now = this.clock.instant();
		Seen cached = this.seen.get(accountId);
		if (cached != null && now.isBefore(cached.at().plus(this.properties.credentialsCheckInterval()))) {
			return cached.version();
		}
		Optional<Long> version = this.jdbc
			.sql("select credentials_version from user_account where id = :id and enabled")
			.param("id", accountId)
			.query(Long.class)
			.optional();
		this.seen.put(accountId, new Seen(version, now));
		return version;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void forget(AccountChanged change) {
		this.seen.remove(change.accountId());
	}

}
