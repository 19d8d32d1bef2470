package com.casebook.user;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in throttling and session checks. After {@code maxFailedLogins} unconfirmed
 * attempts for one account from one address, each further attempt from there waits:
 * {@code firstDelay}, then twice as long each time, never more than {@code maxDelay}. A
 * session's rights are re-read from the database at most every
 * {@code credentialsCheckInterval} per account and node (a change made on this node is
 * seen at once).
 */
@ConfigurationProperties("casebook.security")
public record SecurityProperties(int maxFailedLogins, Duration firstDelay, Duration maxDelay,
		Duration credentialsCheckInterval) {

	public SecurityProperties {
		if (maxFailedLogins <= 0) {
			maxFailedLogins = 5;
		}
		if (firstDelay == null) {
			firstDelay = Duration.ofSeconds(2);
		}
		if (maxDelay == null) {
			maxDelay = Duration.ofMinutes(15);
		}
		if (credentialsCheckInterval == null) {
			credentialsCheckInterval = Duration.ofSeconds(1);
		}
	}

}
