package com.casebook.backup;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes one backup: every table of the schema copied with {@code COPY ... TO STDOUT}
 * inside a single repeatable-read, read-only transaction, so all tables show the same
 * moment however many saves run meanwhile (PostgreSQL's snapshot; nobody is blocked).
 * Needs no {@code pg_dump}, which the embedded PostgreSQL does not ship. The archive is
 * written under a dot-name and renamed once complete and flushed to disk.
 */
final class BackupWriter {

	private final String appVersion;

	private final Clock clock;

	BackupWriter(String appVersion, Clock clock) {
		this.appVersion = appVersion;
		this.clock = clock;
	}

	BackupFile write(DataSource dataSource, BackupFolder folder, BackupKind kind) throws IOException, SQLException {
		Files.createDirectories(folder.path());
		Instant createdAt = this.clock.instant();
		String name = folder.newName(createdAt, kind);
		Path part = folder.path().resolve("." + name + ".part");
		Path checksumPart = folder.path().resolve("." + name + BackupFolder.CHECKSUM_SUFFIX + ".part");
		try {
			MessageDigest whole = sha256();
			try (FileChannel channel = FileChannel.open(part,
					Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly());
					ZipOutputStream zip = new ZipOutputStream(new DigestOutputStream(
							new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16), whole))) {
				copyTables(dataSource, zip, createdAt);
				zip.finish();
				zip.flush();
				channel.force(true);
			}
			String checksum = HexFormat.of().formatHex(whole.digest());
			// the format of sha256sum, so an operator can check a copy with "sha256sum
			// -c"
			Files.writeString(checksumPart, checksum + "  " + name + "\n");
			Files.move(checksumPart, folder.path().resolve(name + BackupFolder.CHECKSUM_SUFFIX),
					StandardCopyOption.ATOMIC_MOVE);
			Files.move(part, folder.path().resolve(name), StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(part);
			Files.deleteIfExists(checksumPart);
		}
		return folder.list()
			.stream()
			.filter(backup -> backup.file().equals(name))
			.findFirst()
			.orElseThrow(() -> new IOException(name + " vanished right after it was written"));
	}

	private void copyTables(DataSource dataSource, ZipOutputStream zip, Instant createdAt)
			throws SQLException, IOException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			try {
				// the first query takes the snapshot every later one reads
				List<String> tables = DatabaseCatalog.tablesInDependencyOrder(connection);
				String schemaVersion = DatabaseCatalog.schemaVersion(connection)
					.orElseThrow(() -> new SQLException("The database has no schema yet: nothing to back up"));
				CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
				List<BackupManifest.Table> copied = new ArrayList<>();
				for (String table : tables) {
					List<String> columns = DatabaseCatalog.columns(connection, table);
					BackupManifest.Table entry = new BackupManifest.Table(table, columns, 0, "");
					zip.putNextEntry(new ZipEntry(entry.entry()));
					MessageDigest digest = sha256();
					long rows = copy.copyOut("COPY " + DatabaseCatalog.quote(table) + " ("
							+ DatabaseCatalog.columnList(columns) + ") TO STDOUT",
							new DigestOutputStream(new KeepOpen(zip), digest));
					zip.closeEntry();
					copied
						.add(new BackupManifest.Table(table, columns, rows, HexFormat.of().formatHex(digest.digest())));
				}
				// read after the tables: never behind the ids they hold
				Map<String, Long> sequences = DatabaseCatalog.sequences(connection);
				zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
				new BackupManifest(BackupManifest.FORMAT, createdAt, this.appVersion, schemaVersion, copied, sequences)
					.writeTo(new KeepOpen(zip));
				zip.closeEntry();
			}
			finally {
				connection.rollback();
				connection.setReadOnly(false);
				connection.setAutoCommit(true);
			}
		}
	}

	/**
	 * A backup holds every account's password hash: readable by the account running
	 * Casebook only, where the file system knows permissions.
	 */
	private static FileAttribute<?>[] ownerOnly() {
		if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			return new FileAttribute<?>[0];
		}
		return new FileAttribute<?>[] {
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) };
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** Lets a writer close what it was given without closing the archive. */
	private static final class KeepOpen extends FilterOutputStream {

		KeepOpen(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
