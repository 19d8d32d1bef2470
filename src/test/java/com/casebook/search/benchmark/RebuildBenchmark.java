package com.casebook.search.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.casebook.SqlStatements;
import com.casebook.search.IndexMaintenance;
import com.casebook.search.IndexMaintenance.MassIndexing;
import com.casebook.taxonomy.Taxonomy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long a full rebuild of the index takes, and how many SQL statements it runs, with
 * the mass indexer's settings of before (2 loading threads, batches of 50, vectors and
 * measured effects read per scenario) and candidates for two cores, side by side in one
 * run, each twice in turn (not part of the build). Generates {@code benchmark.scenarios}
 * (5,000 unless told) varied scenarios straight into PostgreSQL
 * ({@link SearchBenchmark#generate}) and writes {@code target/benchmark/rebuild.md}. Run
 * with {@code ./mvnw -Pbenchmark test -Dtest=RebuildBenchmark [-Dbenchmark.scenarios=N]}.
 * The embedding worker is off (it would compute vectors meanwhile): no vector is stored,
 * but the vectors are still asked for, as they are in production.
 */
@Tag("benchmark")
@SpringBootTest(properties = { "casebook.data-dir=target/rebuild-benchmark-data", "casebook.db.fresh=true",
		"casebook.demo=false", "casebook.admin-password=benchmark-admin-password", "logging.level.root=warn",
		"casebook.semantic.enabled=false" })
@Import(RebuildBenchmark.Counting.class)
class RebuildBenchmark {

	@TestConfiguration(proxyBeanMethods = false)
	static class Counting {

		@Bean
		static SqlStatements sqlStatements() {
			return new SqlStatements();
		}

	}

	private static final int SCENARIOS = Integer.getInteger("benchmark.scenarios", 5_000);

	/**
	 * {@code -Dbenchmark.settings=tuned} runs only {@link MassIndexing#TUNED}, to compare
	 * two builds of the code at the same setting.
	 */
	private static final List<MassIndexing> SETTINGS = "tuned".equals(System.getProperty("benchmark.settings"))
			? List.of(MassIndexing.TUNED)
			: List.of(new MassIndexing(2, 50, false), new MassIndexing(2, 50, true), new MassIndexing(1, 100, true),
					new MassIndexing(2, 100, true), new MassIndexing(3, 100, true), new MassIndexing(2, 250, true));

	private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 2);

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	IndexMaintenance maintenance;

	@Test
	void measureRebuildSettingsSideBySide() throws Exception {
		StringBuilder report = new StringBuilder("# Rebuild benchmark\n\n");
		long started = System.nanoTime();
		long solutions = SearchBenchmark.generate(this.jdbc, this.taxonomy, SCENARIOS);
		report.append(String.format("- %,d scenarios, %,d solutions generated in %.1f s%n%n", SCENARIOS, solutions,
				SearchBenchmark.seconds(started)));
		// a first rebuild warms the JIT, the analyzers and PostgreSQL's cache
		this.maintenance.rebuildWith(new MassIndexing(2, 50, true));
		report.append(
				"| round | threads | batch | reads | time s | scenarios/s | statements | per scenario | JVM CPU s | CPU ms per scenario | load |\n");
		report.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
		for (int round = 1; round <= ROUNDS; round++) {
			for (MassIndexing settings : SETTINGS) {
				long[] millis = new long[1];
				long cpuBefore = processCpuNanos();
				int statements = SqlStatements
					.runDuringOnAnyThread(() -> millis[0] = this.maintenance.rebuildWith(settings))
					.size();
				double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
				String line = String.format("| %d | %d | %d | %s | %.1f | %,.0f | %,d | %.2f | %.1f | %.2f | %.1f |%n",
						round, settings.loadingThreads(), settings.batchSize(),
						settings.readsPerBatch() ? "per batch" : "per scenario", millis[0] / 1000.0,
						SCENARIOS / (millis[0] / 1000.0), statements, statements / (double) SCENARIOS, cpuSeconds,
						cpuSeconds * 1000 / SCENARIOS,
						ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
				report.append(line);
				System.out.print(line);
			}
		}
		Files.createDirectories(Path.of("target/benchmark"));
		Files.writeString(Path.of("target/benchmark/rebuild.md"), report);
		System.out.print(report);
	}

	/**
	 * CPU time of this JVM on all its threads (the embedded PostgreSQL is another
	 * process): unlike the elapsed time, it hardly depends on what else the machine runs.
	 */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

}
