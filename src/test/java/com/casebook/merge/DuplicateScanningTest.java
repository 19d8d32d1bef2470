package com.casebook.merge;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import com.casebook.CasebookIntegrationTest;
import com.casebook.importer.ImportReport;
import com.casebook.importer.JsonLinesImport;
import com.casebook.scenario.ScenarioImport;
import com.casebook.user.UserDirectory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The duplicate scan follows every published or submitted scenario, imported ones
 * included, but on a worker of its own: the save that announced the scenario does not
 * wait for the comparison.
 */
@CasebookIntegrationTest
class DuplicateScanningTest {

	@Autowired
	JsonLinesImport jsonLines;

	@Autowired
	ScenarioImport imports;

	@Autowired
	UserDirectory users;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anImportDoesNotWaitForTheDuplicateScanWhichStillQueuesTheImportedPair() throws Exception {
		String lines = line("scan-twin-1") + "\n" + line("scan-twin-2");
		try (Connection lock = this.dataSource.getConnection()) {
			lock.setAutoCommit(false);
			try (Statement statement = lock.createStatement()) {
				// a scan that finds the pair blocks on its insert until this lock goes
				statement.execute("lock table duplicate_candidate in exclusive mode");
			}
			ImportReport report = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> this.jsonLines
				.importFrom(new StringReader(lines), this.users.findByUsername("admin").orElseThrow()));
			assertThat(report.imported()).isEqualTo(2);
			lock.rollback();
		}
		long one = this.imports.importedAs("scan-twin-1", null).orElseThrow();
		long other = this.imports.importedAs("scan-twin-2", null).orElseThrow();
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(this.jdbc
				.sql("select count(*) from duplicate_candidate where scenario_a = :a and scenario_b = :b "
						+ "and status = 'OPEN'")
				.param("a", Math.min(one, other))
				.param("b", Math.max(one, other))
				.query(Long.class)
				.single()).isEqualTo(1));
	}

	@Test
	void handingAnImportedScenarioToTheScanWritesNoEventPublication() {
		this.jsonLines.importFrom(new StringReader(line("scan-no-publication")),
				this.users.findByUsername("admin").orElseThrow());
		// the scan only queues an id in memory: a publication row, and the commit marking
		// it completed on the importing thread, cost more than that per line
		assertThat(this.jdbc.sql("select count(*) from event_publication where listener_id like '%DuplicateScanning%'")
			.query(Long.class)
			.single()).isZero();
	}

	private static String line(String ref) {
		return """
				{"ref":"%s","title":"琥珀色信号灯故障导致营业厅排队","situation":"琥珀色信号灯连续三天故障，营业厅叫号系统停摆，客户排队超过两小时并在现场争吵。",\
				"category":"排班与人力/现场管理","status":"PUBLISHED",\
				"solutions":[{"actions":"1. 启用纸质叫号\\n2. 派专人疏导","effect":"排队时间降到二十分钟","adopted":true}]}"""
			.formatted(ref);
	}

}
