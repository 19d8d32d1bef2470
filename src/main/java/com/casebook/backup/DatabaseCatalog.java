package com.casebook.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the current schema holds, read from PostgreSQL's catalog on the caller's
 * connection (so inside its snapshot): the tables in an order where every table comes
 * after the tables its foreign keys point to, their columns and the sequences.
 */
final class DatabaseCatalog {

	static final String FLYWAY_HISTORY = "flyway_schema_history";

	private DatabaseCatalog() {
	}

	/** Parents before children, so a restore never needs to switch constraints off. */
	static List<String> tablesInDependencyOrder(Connection connection) throws SQLException {
		Map<String, Set<String>> parents = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet tables = statement
					.executeQuery("select c.relname from pg_class c " + "join pg_namespace n on n.oid = c.relnamespace "
							+ "where n.nspname = current_schema() and c.relkind = 'r' order by c.relname")) {
			while (tables.next()) {
				parents.put(tables.getString(1), new LinkedHashSet<>());
			}
		}
		try (Statement statement = connection.createStatement();
				ResultSet keys = statement.executeQuery("select child.relname, parent.relname from pg_constraint k "
						+ "join pg_class child on child.oid = k.conrelid join pg_class parent on parent.oid = k.confrelid "
						+ "join pg_namespace n on n.oid = child.relnamespace "
						+ "where k.contype = 'f' and n.nspname = current_schema()")) {
			while (keys.next()) {
				String child = keys.getString(1);
				String parent = keys.getString(2);
				if (!child.equals(parent) && parents.containsKey(child) && parents.containsKey(parent)) {
					parents.get(child).add(parent);
				}
			}
		}
		List<String> ordered = new ArrayList<>();
		Set<String> placed = new LinkedHashSet<>();
		Map<String, Boolean> visiting = new HashMap<>();
		for (String table : parents.keySet()) {
			place(table, parents, placed, visiting, ordered);
		}
		return ordered;
	}

	private static void place(String table, Map<String, Set<String>> parents, Set<String> placed,
			Map<String, Boolean> visiting, List<String> ordered) {
		if (placed.contains(table) || Boolean.TRUE.equals(visiting.get(table))) {
			// a cycle of foreign keys across tables: Casebook's schema has none, and a
			// restore of one would fail loudly on its constraint rather than silently
			return;
		}
		visiting.put(table, true);
		for (String parent : parents.get(table)) {
			place(parent, parents, placed, visiting, ordered);
		}
		visiting.put(table, false);
		placed.add(table);
		ordered.add(table);
	}

	/**
	 * The columns a {@code COPY} can write, in the table's order (generated ones left
	 * out).
	 */
	static List<String> columns(Connection connection, String table) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement("select a.attname from pg_attribute a "
				+ "join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace "
				+ "where n.nspname = current_schema() and c.relname = ? and a.attnum > 0 and not a.attisdropped "
				+ "and a.attgenerated = '' order by a.attnum")) {
			statement.setString(1, table);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					columns.add(rows.getString(1));
				}
			}
		}
		return columns;
	}

	/**
	 * Every sequence of the schema with its last value; empty for one never used (a fresh
	 * schema has it in the same state).
	 */
	static Map<String, Long> sequences(Connection connection) throws SQLException {
		Map<String, Long> sequences = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select sequencename, last_value from pg_sequences "
						+ "where schemaname = current_schema() and last_value is not null order by sequencename")) {
			while (rows.next()) {
				sequences.put(rows.getString(1), rows.getLong(2));
			}
		}
		return sequences;
	}

	/** The version of the last migration Flyway applied successfully, if any. */
	static Optional<String> schemaVersion(Connection connection) throws SQLException {
		if (!tablesInDependencyOrder(connection).contains(FLYWAY_HISTORY)) {
			return Optional.empty();
		}
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select version from " + quote(FLYWAY_HISTORY)
						+ " where success and version is not null order by installed_rank desc limit 1")) {
			return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
		}
	}

	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	static String columnList(List<String> columns) {
		return String.join(", ", columns.stream().map(DatabaseCatalog::quote).toList());
	}

}
