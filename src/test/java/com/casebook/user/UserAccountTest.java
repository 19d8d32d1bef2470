package com.casebook.user;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserAccountTest {

	private final UserAccount account = new UserAccount("manager", "Manager", "{noop}x", Role.MANAGER, null);

	@Test
	void everyChangeOfRightsOrPasswordMovesTheCredentialsVersion() {
		long version = this.account.getCredentialsVersion();
		this.account.changeRole(Role.READER);
		assertThat(this.account.getCredentialsVersion()).isGreaterThan(version);
		version = this.account.getCredentialsVersion();
		this.account.disable();
		assertThat(this.account.getCredentialsVersion()).isGreaterThan(version);
		version = this.account.getCredentialsVersion();
		this.account.enable();
		assertThat(this.account.getCredentialsVersion()).isGreaterThan(version);
		version = this.account.getCredentialsVersion();
		this.account.changePassword("{noop}y");
		assertThat(this.account.getCredentialsVersion()).isGreaterThan(version);
	}

	@Test
	void settingTheSameRoleOrFlagAgainKeepsSessionsAlive() {
		long version = this.account.getCredentialsVersion();
		this.account.changeRole(Role.MANAGER);
		this.account.enable();
		assertThat(this.account.getCredentialsVersion()).isEqualTo(version);
	}

	@Test
	void rolesIncludeTheRolesBelowThem() {
		assertThat(Role.ADMIN.includes(Role.EDITOR)).isTrue();
		assertThat(Role.EDITOR.includes(Role.MANAGER)).isTrue();
		assertThat(Role.MANAGER.includes(Role.READER)).isTrue();
		assertThat(Role.MANAGER.includes(Role.EDITOR)).isFalse();
	}

}
