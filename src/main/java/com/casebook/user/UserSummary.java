package com.casebook.user;

/**
 * What other modules may know of an account.
 */
public record UserSummary(long id, String username, String displayName, Role role, String team) {

	static UserSummary of(UserAccount account) {
		return new UserSummary(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
				account.getTeam());
	}

}
