package com.casebook.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restores a backup into the database Flyway is about to migrate: checks the whole file
 * and its schema version first, refuses to replace existing data without {@code force}
 * (and backs that data up when forced), builds the backup's schema with the application's
 * own migrations up to the backup's version, copies every table back in one transaction,
 * sets the sequences, and removes the search index so that it is rebuilt from the
 * restored rows. Flyway then applies whatever newer migrations this version brings.
 */
final class DatabaseRestore {

	private static final Logger log = LoggerFactory.getLogger(DatabaseRestore.class);

	private final BackupWriter writer;

	private final BackupFolder folder;

	DatabaseRestore(BackupWriter writer, BackupFolder folder) {
		this.writer = writer;
		this.folder = folder;
	}

	void restore(Path file, boolean force, Flyway flyway, Optional<Path> indexDirectory) {
		try (BackupArchive archive = BackupArchive.open(file)) {
			BackupManifest manifest = archive.manifest();
			MigrationVersion backupVersion = MigrationVersion.fromVersion(manifest.schemaVersion());
			MigrationVersion known = latestKnown(flyway);
			if (backupVersion.isNewerThan(known.getVersion())) {
				throw new BackupRefusedException("The backup " + file.toAbsolutePath()
						+ " was made by a newer Casebook (version " + manifest.appVersion() + ", schema version "
						+ backupVersion + "); this one knows schema versions up to " + known
						+ ". Nothing was changed. Install Casebook " + manifest.appVersion()
						+ " or later and restore with it.");
			}
			DataSource dataSource = flyway.getConfiguration().getDataSource();
			replaceExisting(dataSource, force, flyway);
			try {
				Flyway.configure().configuration(flyway.getConfiguration()).target(backupVersion).load().migrate();
				load(archive, dataSource);
			}
			catch (SQLException | IOException | RuntimeException ex) {
				clean(flyway);
				throw new BackupRefusedException("Restoring " + file.toAbsolutePath() + " failed: " + ex.getMessage()
						+ ". The database was left empty again.", ex);
			}
			indexDirectory.ifPresent(DatabaseRestore::removeIndex);
			log.info("Restored {} (taken {} by Casebook {}, schema version {}): {} tables, {} rows", file,
					manifest.createdAt(), manifest.appVersion(), backupVersion, manifest.tables().size(),
					manifest.tables().stream().mapToLong(BackupManifest.Table::rows).sum());
		}
		catch (IOException ex) {
			throw new BackupRefusedException("Could not close " + file + ": " + ex.getMessage(), ex);
		}
	}

	private void replaceExisting(DataSource dataSource, boolean force, Flyway flyway) {
		List<String> tables;
		Optional<String> schemaVersion;
		try (Connection connection = dataSource.getConnection()) {
			tables = DatabaseCatalog.tablesInDependencyOrder(connection);
			schemaVersion = DatabaseCatalog.schemaVersion(connection);
		}
		catch (SQLException ex) {
			throw new BackupRefusedException("Could not read the database to restore into: " + ex.getMessage(), ex);
		}
		if (tables.isEmpty()) {
			return;
		}
		if (!force) {
			throw new BackupRefusedException("The database already holds data (" + tables.size()
					+ " tables). Nothing was changed. Restore into an empty data folder or an empty database, or add "
					+ "--force to replace what is there; --force first backs it up into " + this.folder.path() + ".");
		}
		if (schemaVersion.isEmpty()) {
			throw new BackupRefusedException("The database holds tables that are not Casebook's (" + tables
					+ "). Nothing was changed. Restore into an empty database.");
		}
		try {
			BackupFile safety = this.writer.write(dataSource, this.folder, BackupKind.BEFORE_RESTORE);
			log.warn("--force: backed up the data being replaced to {}", this.folder.fileOf(safety));
		}
		catch (IOException | SQLException ex) {
			throw new BackupRefusedException("Could not back up the data that --force would replace: " + ex.getMessage()
					+ ". Nothing was changed.", ex);
		}
		clean(flyway);
	}

	private static void load(BackupArchive archive, DataSource dataSource) throws SQLException, IOException {
		BackupManifest manifest = archive.manifest();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				List<String> order = DatabaseCatalog.tablesInDependencyOrder(connection);
				Map<String, BackupManifest.Table> backedUp = manifest.tables()
					.stream()
					.collect(Collectors.toMap(BackupManifest.Table::name, Function.identity()));
				for (BackupManifest.Table table : manifest.tables()) {
					if (!order.contains(table.name())
							|| !new HashSet<>(DatabaseCatalog.columns(connection, table.name()))
								.containsAll(table.columns())) {
						throw new SQLException("table " + table.name() + " with columns " + table.columns()
								+ " does not exist at schema version " + manifest.schemaVersion());
					}
				}
				try (Statement statement = connection.createStatement()) {
					// rows the migrations inserted (rules, settings) give way to the
					// backup's
					statement.execute(
							"truncate table " + String.join(", ", order.stream().map(DatabaseCatalog::quote).toList()));
				}
				CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
				for (String name : order) {
					BackupManifest.Table table = backedUp.get(name);
					if (table == null) {
						continue;
					}
					try (InputStream data = archive.data(table)) {
						long rows = copy.copyIn("COPY " + DatabaseCatalog.quote(name) + " ("
								+ DatabaseCatalog.columnList(table.columns()) + ") FROM STDIN", data);
						if (rows != table.rows()) {
							throw new SQLException(
									name + ": " + rows + " rows read, the manifest says " + table.rows());
						}
					}
				}
				try (PreparedStatement setval = connection.prepareStatement("select setval(?::regclass, ?, true)")) {
					for (Map.Entry<String, Long> sequence : manifest.sequences().entrySet()) {
						setval.setString(1, DatabaseCatalog.quote(sequence.getKey()));
						setval.setLong(2, sequence.getValue());
						setval.execute();
					}
				}
				connection.commit();
			}
			catch (SQLException | IOException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(true);
			}
		}
	}

	/** The newest migration this version of Casebook ships. */
	static MigrationVersion latestKnown(Flyway flyway) {
		return Arrays.stream(flyway.info().all())
			.filter(info -> info.getState().isResolved())
			.map(MigrationInfo::getVersion)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(MigrationVersion.EMPTY);
	}

	private static void clean(Flyway flyway) {
		Flyway.configure().configuration(flyway.getConfiguration()).cleanDisabled(false).load().clean();
	}

	private static void removeIndex(Path directory) {
		if (!Files.isDirectory(directory)) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
			log.info("Removed the search index at {}; it is rebuilt from the restored data", directory);
		}
		catch (IOException ex) {
			throw new BackupRefusedException("Restored the database but could not remove the old search index at "
					+ directory + " (" + ex.getMessage() + "). Delete that folder and start Casebook again.", ex);
		}
	}

}
