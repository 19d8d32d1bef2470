package com.casebook.user;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserAccountTest {

	private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

	private final UserAccount account = new UserAccount("manager", "Manager", "{noop}x", Role.MANAGER, null);

	@Test
	void fifthWrongPasswordInARowLocksTheAccountForAWhile() {
		for (int i = 0; i < 4; i++) {
			this.account.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));
		}
		assertThat(this.account.isLockedAt(NOW)).isFalse();
		this.account.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));
		assertThat(this.account.isLockedAt(NOW)).isTrue();
		assertThat(this.account.isLockedAt(NOW.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(this.account.isLockedAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void aSuccessfulLoginForgetsEarlierFailures() {
		for (int i = 0; i < 4; i++) {
			this.account.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));
		}
		this.account.recordSuccessfulLogin();
		this.account.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));
		assertThat(this.account.isLockedAt(NOW)).isFalse();
	}

	@Test
	void rolesIncludeTheRolesBelowThem() {
		assertThat(Role.ADMIN.includes(Role.EDITOR)).isTrue();
		assertThat(Role.EDITOR.includes(Role.MANAGER)).isTrue();
		assertThat(Role.MANAGER.includes(Role.READER)).isTrue();
		assertThat(Role.MANAGER.includes(Role.EDITOR)).isFalse();
	}

}
