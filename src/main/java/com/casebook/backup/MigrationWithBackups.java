package com.casebook.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Flyway's step of the start-up, which runs before JPA, the search index and the demo
 * content touch the database: restores the backup named by {@code --restore=<file>}, or
 * backs up a database that already holds data before applying new migrations to it, and
 * then migrates.
 */
@Component
class MigrationWithBackups implements FlywayMigrationStrategy {

	private static final Logger log = LoggerFactory.getLogger(MigrationWithBackups.class);

	static final String INDEX_ROOT = "spring.jpa.properties.hibernate.search.backend.directory.root";

	static final String INDEX_TYPE = "spring.jpa.properties.hibernate.search.backend.directory.type";

	private final Environment environment;

	private final DatabaseRestore restore;

	private final BackupWriter writer;

	private final BackupFolder folder;

	MigrationWithBackups(Environment environment, DatabaseRestore restore, BackupWriter writer, BackupFolder folder) {
		this.environment = environment;
		this.restore = restore;
		this.writer = writer;
		this.folder = folder;
	}

	@Override
	public void migrate(Flyway flyway) {
		if (this.environment.containsProperty("restore")) {
			String file = this.environment.getProperty("restore");
			if (!StringUtils.hasText(file)) {
				throw new BackupRefusedException("--restore needs the backup file: --restore=<file>");
			}
			this.restore.restore(Path.of(file.trim()), force(), flyway, indexDirectory());
		}
		else if (this.environment.getProperty("casebook.backup.before-migration", Boolean.class, true)) {
			backUpBeforeMigrating(flyway);
		}
		flyway.migrate();
	}

	private void backUpBeforeMigrating(Flyway flyway) {
		MigrationInfoService info = flyway.info();
		if (info.applied().length == 0 || info.pending().length == 0) {
			return;
		}
		try {
			BackupFile backup = this.writer.write(flyway.getConfiguration().getDataSource(), this.folder,
					BackupKind.BEFORE_MIGRATION);
			log.info("Backed up the database to {} before applying {} migration(s)", this.folder.fileOf(backup),
					info.pending().length);
		}
		catch (IOException | SQLException ex) {
			throw new BackupRefusedException("Could not back up the database before migrating it (" + ex.getMessage()
					+ "); nothing was migrated. Free space in or fix " + this.folder.path()
					+ ", or start once with --casebook.backup.before-migration=false to migrate without a backup.", ex);
		}
	}

	/** {@code --force} alone or {@code --force=true}. */
	private boolean force() {
		if (!this.environment.containsProperty("force")) {
			return false;
		}
		String value = this.environment.getProperty("force");
		return !StringUtils.hasText(value) || Boolean.parseBoolean(value.trim());
	}

	private Optional<Path> indexDirectory() {
		if ("local-heap".equals(this.environment.getProperty(INDEX_TYPE))) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.environment.getProperty(INDEX_ROOT)).map(Path::of);
	}

}
