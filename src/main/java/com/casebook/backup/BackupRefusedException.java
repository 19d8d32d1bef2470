package com.casebook.backup;

/**
 * A backup file that cannot or must not be restored (damaged, from a newer Casebook, or
 * over existing data without {@code --force}). Thrown before anything is changed; the
 * message says what to do, for the operator who typed the command.
 */
public class BackupRefusedException extends RuntimeException {

	BackupRefusedException(String message) {
		super(message);
	}

	BackupRefusedException(String message, Throwable cause) {
		super(message, cause);
	}

}
