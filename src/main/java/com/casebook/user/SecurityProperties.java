package com.casebook.user;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login throttling: after {@code maxFailedLogins} wrong passwords in a row an account is
 * locked for {@code lockout}.
 */
@ConfigurationProperties("casebook.security")
public record SecurityProperties(int maxFailedLogins, Duration lockout) {

	public SecurityProperties {
		if (maxFailedLogins <= 0) {
			maxFailedLogins = 5;
		}
		if (lockout == null) {
			lockout = Duration.ofMinutes(15);
		}
	}

}
