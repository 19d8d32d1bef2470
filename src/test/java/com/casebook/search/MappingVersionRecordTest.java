package com.casebook.search;

import java.nio.file.Files;
import java.nio.file.Path;

import com.casebook.CasebookIntegrationTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which mapping version a node finds for its index: a node joining a shared index with an
 * empty data folder must see what the cluster recorded, or it rebuilds the index for
 * every node.
 */
@CasebookIntegrationTest
class MappingVersionRecordTest {

	private static final String INDEX = "version-test-scenario";

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void forget() {
		this.jdbc.update("delete from search_index_version where index_name = ?", INDEX);
	}

	@Test
	void aNodeJoiningASharedIndexWithAnEmptyDataFolderFindsTheVersionTheClusterRecorded() throws Exception {
		MappingVersionRecord first = new MappingVersionRecord(true, Files.createTempDirectory("node-a"), this.jdbc,
				INDEX);
		MappingVersionRecord joining = new MappingVersionRecord(true, Files.createTempDirectory("node-b"), this.jdbc,
				INDEX);
		assertThat(joining.read()).isNull();

		first.write("9");
		assertThat(joining.read()).isEqualTo("9");
		joining.write("10");
		assertThat(first.read()).isEqualTo("10");
	}

	@Test
	void aLuceneIndexIsThisNodesOwnSoItsVersionStaysInItsDataFolder() throws Exception {
		Path dataDir = Files.createTempDirectory("lucene-node");
		MappingVersionRecord own = new MappingVersionRecord(false, dataDir, this.jdbc, INDEX);
		MappingVersionRecord other = new MappingVersionRecord(false, Files.createTempDirectory("other-node"), this.jdbc,
				INDEX);

		own.write("9");
		assertThat(own.read()).isEqualTo("9");
		assertThat(Files.readString(dataDir.resolve("index").resolve("mapping.version"))).isEqualTo("9");
		assertThat(other.read()).isNull();
		assertThat(this.jdbc.queryForObject("select count(*) from search_index_version where index_name = ?",
				Long.class, INDEX))
			.isZero();
	}

}
