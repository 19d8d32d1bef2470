package com.casebook.backup;

/** A backup that could not be written; admins have been told. */
public class BackupFailedException extends RuntimeException {

	BackupFailedException(String message, Throwable cause) {
		super(message, cause);
	}

}
