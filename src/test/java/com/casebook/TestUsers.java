package com.casebook;

import com.casebook.user.CurrentUser;
import com.casebook.user.Role;
import com.casebook.user.UserAdministration;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * People for tests: the demo accounts ("reader", "manager", "editor", "admin") or new
 * accounts, as the principal the application builds at sign-in.
 */
public final class TestUsers {

	private final UserDetailsService accounts;

	private final UserAdministration administration;

	public TestUsers(UserDetailsService accounts, UserAdministration administration) {
		this.accounts = accounts;
		this.administration = administration;
	}

	public CurrentUser user(String username) {
		return (CurrentUser) this.accounts.loadUserByUsername(username);
	}

	public CurrentUser manager() {
		return user("manager");
	}

	public CurrentUser editor() {
		return user("editor");
	}

	/** MockMvc requests made as {@code username}. */
	public RequestPostProcessor as(String username) {
		return new SignedIn(this.accounts).as(username);
	}

	/**
	 * A new manager named {@code prefix} and a unique number, in {@code team} (may be
	 * null), with the password {@code prefix-password-1}.
	 */
	public CurrentUser newManager(String prefix, String team) {
		String name = prefix + System.nanoTime();
		this.administration
			.create(new UserAdministration.NewAccount(name, name, prefix + "-password-1", Role.MANAGER, team));
		return user(name);
	}

}
