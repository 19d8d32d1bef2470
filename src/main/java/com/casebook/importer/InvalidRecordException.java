package com.casebook.importer;

/**
 * A line that cannot become a scenario; the message says why, for the person who made the file.
 */
class InvalidRecordException extends RuntimeException {

	InvalidRecordException(String message) {
		super(message);
	}

}
