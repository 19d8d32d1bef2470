package com.casebook.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What a backup archive holds, written last into it as {@code manifest.properties}: when
 * and by which version it was made, the schema version, every table with its columns, row
 * count and the SHA-256 of its data, and the sequences' values.
 */
record BackupManifest(int format, Instant createdAt, String appVersion, String schemaVersion, List<Table> tables,
		Map<String, Long> sequences) {

	static final int FORMAT = 1;

	static final String ENTRY = "manifest.properties";

	record Table(String name, List<String> columns, long rows, String sha256) {

		String entry() {
			return "tables/" + this.name + ".tsv";
		}

	}

	void writeTo(OutputStream out) throws IOException {
		Properties properties = new Properties();
		properties.setProperty("format", String.valueOf(this.format));
		properties.setProperty("createdAt", this.createdAt.toString());
		properties.setProperty("appVersion", this.appVersion);
		properties.setProperty("schemaVersion", this.schemaVersion);
		properties.setProperty("tables", String.join(",", this.tables.stream().map(Table::name).toList()));
		for (Table table : this.tables) {
			String prefix = "table." + table.name() + ".";
			properties.setProperty(prefix + "columns", String.join(",", table.columns()));
			properties.setProperty(prefix + "rows", String.valueOf(table.rows()));
			properties.setProperty(prefix + "sha256", table.sha256());
		}
		this.sequences.forEach((name, value) -> properties.setProperty("sequence." + name, String.valueOf(value)));
		properties.store(out, "Casebook backup");
	}

	static BackupManifest readFrom(InputStream in) throws IOException {
		Properties properties = new Properties();
		properties.load(in);
		try {
			List<Table> tables = new ArrayList<>();
			for (String name : required(properties, "tables").split(",")) {
				String prefix = "table." + name + ".";
				tables.add(new Table(name, Arrays.asList(required(properties, prefix + "columns").split(",")),
						Long.parseLong(required(properties, prefix + "rows")),
						required(properties, prefix + "sha256")));
			}
			Map<String, Long> sequences = new LinkedHashMap<>();
			for (String key : properties.stringPropertyNames()) {
				if (key.startsWith("sequence.")) {
					sequences.put(key.substring("sequence.".length()), Long.parseLong(properties.getProperty(key)));
				}
			}
			return new BackupManifest(Integer.parseInt(required(properties, "format")),
					Instant.parse(required(properties, "createdAt")), required(properties, "appVersion"),
					required(properties, "schemaVersion"), tables, sequences);
		}
		catch (RuntimeException ex) {
			throw new IOException("the manifest is unreadable: " + ex.getMessage(), ex);
		}
	}

	private static String required(Properties properties, String key) {
		String value = properties.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("no " + key);
		}
		return value;
	}

}
