package com.casebook.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where the mapping version the search index was built with is recorded. A Lucene index
 * lives on this node's disk and is this node's alone, so its version sits in a file
 * beside it. An index on a cluster is shared by every node, so its version is kept in
 * PostgreSQL: a node that joins with an empty data folder then finds the index current
 * instead of rebuilding it for everybody.
 */
@Component
class MappingVersionRecord {

	private final boolean shared;

	private final Path file;

	private final JdbcTemplate jdbc;

	private final String indexName;

	@Autowired
	MappingVersionRecord(SearchBackend backend, @Value("${casebook.data-dir}") Path dataDir, JdbcTemplate jdbc,
			@Value("${casebook.search.index-prefix:}") String indexPrefix) {
		this(backend.isCluster(), dataDir, jdbc, indexPrefix.strip() + ScenarioIndexMapping.INDEX);
	}

	MappingVersionRecord(boolean shared, Path dataDir, JdbcTemplate jdbc, String indexName) {
		this.shared = shared;
		this.file = dataDir.resolve("index").resolve("mapping.version");
		this.jdbc = jdbc;
		this.indexName = indexName;
	}

	/** The recorded version, or null when the index was never built here. */
	String read() {
		if (this.shared) {
			List<String> versions = this.jdbc.queryForList(
					"select mapping_version from search_index_version where index_name = ?", String.class,
					this.indexName);
			return versions.isEmpty() ? null : versions.get(0);
		}
		try {
			return Files.exists(this.file) ? Files.readString(this.file).trim() : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	void write(String version) {
		if (this.shared) {
			this.jdbc.update(
					"""
							insert into search_index_version (index_name, mapping_version) values (?, ?)
							on conflict (index_name) do update set mapping_version = excluded.mapping_version, written_at = now()
							""",
					this.indexName, version);
			return;
		}
		try {
			Files.createDirectories(this.file.getParent());
			Files.writeString(this.file, version);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
