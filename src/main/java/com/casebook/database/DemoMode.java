package com.casebook.database;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether an empty database is filled with demo accounts and scenarios:
 * {@code casebook.demo} when set, otherwise on exactly when the embedded database is
 * used.
 */
@Component
public class DemoMode {

	private final boolean on;

	DemoMode(Environment environment, DatabaseMode databaseMode) {
		String configured = environment.getProperty("casebook.demo");
		this.on = StringUtils.hasText(configured) ? Boolean.parseBoolean(configured.trim()) : databaseMode.isEmbedded();
	}

	public boolean isOn() {
		return this.on;
	}

}
