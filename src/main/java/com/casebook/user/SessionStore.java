package com.casebook.user;

import java.util.Locale;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Where HTTP sessions live, chosen by {@code casebook.sessions}
 * ({@code CASEBOOK_SESSIONS}): {@code memory} (the default) keeps them in this node's
 * servlet container, enough for one node; {@code jdbc} keeps them in PostgreSQL with
 * Spring Session JDBC (tables {@code spring_session} and
 * {@code spring_session_attributes}, V35), so that any of several nodes behind a load
 * balancer serves any signed-in person: the security context, the CSRF token, flash
 * messages and the name typed at a refused sign-in are all session attributes, and every
 * one of them is {@link java.io.Serializable}.
 * <p>
 * Spring Boot configures JDBC sessions as soon as Spring Session JDBC is on the class
 * path; this filter (registered in {@code META-INF/spring.factories}) lets its
 * auto-configuration in only when {@code jdbc} is chosen. Any other value stops the start
 * with a message naming the two choices.
 */
public final class SessionStore implements AutoConfigurationImportFilter, EnvironmentAware {

	/** The property that chooses. */
	public static final String PROPERTY = "casebook.sessions";

	static final String JDBC_SESSIONS = "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration";

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
		boolean jdbc = inDatabase(this.environment.getProperty(PROPERTY, "memory"));
		boolean[] matches = new boolean[autoConfigurationClasses.length];
		for (int i = 0; i < matches.length; i++) {
			matches[i] = jdbc || !JDBC_SESSIONS.equals(autoConfigurationClasses[i]);
		}
		return matches;
	}

	/** Whether the value chooses sessions in the database. */
	static boolean inDatabase(String value) {
		return switch (value.trim().toLowerCase(Locale.ROOT)) {
			case "jdbc" -> true;
			case "memory", "" -> false;
			default -> throw new IllegalStateException(
					PROPERTY + " (CASEBOOK_SESSIONS) is '" + value + "': choose 'memory' (one node, the default) "
							+ "or 'jdbc' (sessions in PostgreSQL, for several nodes)");
		};
	}

}
