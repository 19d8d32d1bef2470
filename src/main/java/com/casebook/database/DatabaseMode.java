package com.casebook.database;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells other modules whether the application runs on the embedded database, which is
 * what turns demo mode on by default.
 */
@Component
public class DatabaseMode {

	private final boolean embedded;

	DatabaseMode(Environment environment) {
		this.embedded = NoExternalDatabaseCondition.embedded(environment);
	}

	public boolean isEmbedded() {
		return this.embedded;
	}

}
