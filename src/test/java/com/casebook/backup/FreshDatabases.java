package com.casebook.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Empty databases on the tests' embedded PostgreSQL to restore into, and the rows of a
 * database or of a backup archive, table by table, to compare them.
 */
final class FreshDatabases {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private final DataSource main;

	FreshDatabases(DataSource main) {
		this.main = main;
	}

	/** A new, empty database on the same server. */
	Fresh create() throws SQLException {
		String name = "restore_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
		new JdbcTemplate(this.main).execute("create database " + name);
		try (Connection connection = this.main.getConnection()) {
			String url = connection.getMetaData().getURL();
			String user = connection.getMetaData().getUserName();
			int slash = url.indexOf('/', "jdbc:postgresql://".length());
			int query = url.indexOf('?');
			String restUrl = url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
			return new Fresh(name, restUrl, user, new DriverManagerDataSource(restUrl, user, ""));
		}
	}

	record Fresh(String name, String url, String user, DataSource dataSource) {

		Flyway flyway() {
			return Flyway.configure().dataSource(this.dataSource).locations("classpath:db/migration").load();
		}

		List<String> tables() throws SQLException {
			try (Connection connection = this.dataSource.getConnection()) {
				return DatabaseCatalog.tablesInDependencyOrder(connection);
			}
		}

	}

	/** Every table's rows as {@code COPY} text lines, sorted. */
	static Map<String, List<String>> rowsOf(DataSource dataSource) throws SQLException, IOException {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		try (Connection connection = dataSource.getConnection()) {
			for (String table : DatabaseCatalog.tablesInDependencyOrder(connection)) {
				List<String> columns = DatabaseCatalog.columns(connection, table);
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyOut("COPY " + DatabaseCatalog.quote(table) + " (" + DatabaseCatalog.columnList(columns)
							+ ") TO STDOUT", out);
				rows.put(table, sortedLines(out.toByteArray()));
			}
		}
		return rows;
	}

	/** The same, as the archive holds them. */
	static Map<String, List<String>> rowsOf(Path archive) throws IOException {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			BackupManifest manifest;
			try (InputStream in = zip.getInputStream(zip.getEntry(BackupManifest.ENTRY))) {
				manifest = BackupManifest.readFrom(in);
			}
			for (BackupManifest.Table table : manifest.tables()) {
				ZipEntry entry = zip.getEntry(table.entry());
				try (InputStream in = zip.getInputStream(entry)) {
					rows.put(table.name(), sortedLines(in.readAllBytes()));
				}
			}
		}
		return rows;
	}

	private static List<String> sortedLines(byte[] copy) {
		String text = new String(copy, StandardCharsets.UTF_8);
		List<String> lines = new ArrayList<>(text.isEmpty() ? List.of() : Arrays.asList(text.split("\n")));
		lines.sort(null);
		return lines;
	}

	/**
	 * Waits until what the application does after a commit (index outbox clearing, event
	 * publications) has finished, so the database stands still.
	 */
	static void awaitQuiet(DataSource dataSource) throws InterruptedException {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			Long pending = jdbc.queryForObject("select (select count(*) from search_outbox) "
					+ "+ (select count(*) from event_publication where completion_date is null)", Long.class);
			if (pending != null && pending == 0) {
				Thread.sleep(300);
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The application did not settle within 30 s");
	}

}
