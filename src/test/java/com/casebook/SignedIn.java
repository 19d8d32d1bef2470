package com.casebook;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Requests made as one of the real accounts (the demo accounts, or one a test created),
 * with the same principal the application builds at sign-in.
 */
public final class SignedIn {

	private final UserDetailsService accounts;

	public SignedIn(UserDetailsService accounts) {
		this.accounts = accounts;
	}

	public RequestPostProcessor as(String username) {
		return user(this.accounts.loadUserByUsername(username));
	}

}
