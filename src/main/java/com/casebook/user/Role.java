package com.casebook.user;

/**
 * Roles are cumulative: each one can do everything the roles before it can.
 */
public enum Role {

	READER, MANAGER, EDITOR, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

	public boolean includes(Role other) {
		return compareTo(other) >= 0;
	}

}
