package com.casebook.user;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in person, as kept in the security context: enough to authorize and to
 * attribute changes without a database round trip. Each request still checks that the
 * account's credentials version has not moved since (see {@link StaleSessionFilter}).
 */
public class CurrentUser extends User {

	private final long id;

	private final String displayName;

	private final Role role;

	private final long credentialsVersion;

	CurrentUser(UserAccount account, Collection<? extends GrantedAuthority> authorities) {
		super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true, true, authorities);
		this.id = account.getId();
		this.displayName = account.getDisplayName();
		this.role = account.getRole();
		this.credentialsVersion = account.getCredentialsVersion();
	}

	/**
	 * An enabled account read by columns (a bearer token's owner, see {@link ApiTokens}).
	 */
	CurrentUser(long id, String username, String passwordHash, String displayName, Role role, long credentialsVersion,
			Collection<? extends GrantedAuthority> authorities) {
		super(username, passwordHash, true, true, true, true, authorities);
		this.id = id;
		this.displayName = displayName;
		this.role = role;
		this.credentialsVersion = credentialsVersion;
	}

	public long getId() {
		return this.id;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public Role getRole() {
		return this.role;
	}

	/**
	 * The account's credentials version when this person signed in; see
	 * {@link UserAccount}.
	 */
	long getCredentialsVersion() {
		return this.credentialsVersion;
	}

	public boolean has(Role required) {
		return this.role.includes(required);
	}

}
