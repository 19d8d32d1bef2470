package com.casebook.demo;

import com.casebook.database.DatabaseMode;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether an empty database is filled with demo accounts and scenarios:
 * {@code casebook.demo} when set, otherwise on exactly when the embedded database is
 * used. Lives with the demo, which it switches on; the database module only says which
 * database is in use.
 */
@Component
class DemoMode {

	private final boolean on;

	DemoMode(Environment environment, DatabaseMode databaseMode) {
		String configured = environment.getProperty("casebook.demo");
		this.on = StringUtils.hasText(configured) ? Boolean.parseBoolean(configured.trim()) : databaseMode.isEmbedded();
	}

	boolean isOn() {
		return this.on;
	}

}
