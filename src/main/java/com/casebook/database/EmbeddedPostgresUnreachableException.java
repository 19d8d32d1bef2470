package com.casebook.database;

import java.nio.file.Path;

/**
 * The JVM is root, user namespaces are not allowed, and {@code nobody}, who then runs the
 * embedded PostgreSQL, cannot enter a folder it needs. The message is one line: the
 * folder and the fix.
 */
class EmbeddedPostgresUnreachableException extends IllegalStateException {

	private final String problem;

	private final String fix;

	EmbeddedPostgresUnreachableException(Path folder, String fix) {
		this("The embedded PostgreSQL cannot use " + folder + ": the JVM runs as root and user namespaces are not "
				+ "allowed here, so PostgreSQL runs as 'nobody', who cannot enter that folder or one above it.",
				"Either " + fix
						+ ", or run Casebook as an ordinary user, or use an external database (CASEBOOK_DB_URL).");
	}

	private EmbeddedPostgresUnreachableException(String problem, String fix) {
		super(problem + " " + fix);
		this.problem = problem;
		this.fix = fix;
	}

	String problem() {
		return this.problem;
	}

	String fix() {
		return this.fix;
	}

}
