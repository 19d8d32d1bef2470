package com.casebook.user;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in person, as kept in the security context: enough to authorize and to attribute
 * changes without a database round trip.
 */
public class CurrentUser extends User {

	private final long id;

	private final String displayName;

	private final Role role;

	CurrentUser(UserAccount account, boolean accountNonLocked, Collection<? extends GrantedAuthority> authorities) {
		super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true, accountNonLocked,
				authorities);
		this.id = account.getId();
		this.displayName = account.getDisplayName();
		this.role = account.getRole();
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

	public boolean has(Role required) {
		return this.role.includes(required);
	}

}
