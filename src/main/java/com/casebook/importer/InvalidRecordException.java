package com.casebook.importer;

/**
 * A line that cannot become a scenario. The message is a key of the message bundles and
 * its arguments, shown to the person who made the file in their language.
 */
class InvalidRecordException extends RuntimeException {

	private final Object[] arguments;

	InvalidRecordException(String code, Object... arguments) {
		super(code);
		this.arguments = arguments;
	}

	String code() {
		return getMessage();
	}

	Object[] arguments() {
		return this.arguments.clone();
	}

}
