package com.casebook.user;

/**
 * Thrown at start-up when the database has no account, demo mode is off and no first
 * admin password was given.
 */
class MissingAdminPasswordException extends RuntimeException {

	MissingAdminPasswordException() {
		super("The database has no accounts and demo mode is off, so an administrator password is needed.");
	}

}
