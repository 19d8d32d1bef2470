package com.casebook.search.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.casebook.search.IndexMaintenance;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long the start-up comparison of the index with the database takes on a large
 * catalogue (not part of the build): inserts short scenarios with two solutions each
 * straight into PostgreSQL, rebuilds the on-disk index, then times the comparison three
 * times and writes {@code target/benchmark/index-consistency.md}. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=IndexConsistencyBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(properties = { "casebook.data-dir=target/benchmark-consistency", "casebook.db.fresh=true",
		"casebook.demo=false", "casebook.admin-password=benchmark-admin-password", "logging.level.root=warn",
		"logging.level.com.casebook.search=info" })
class IndexConsistencyBenchmark {

	private static final int SCENARIOS = Integer.getInteger("benchmark.scenarios", 100_000);

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IndexMaintenance maintenance;

	@Test
	void measureTheStartUpComparison() throws IOException {
		long author = this.jdbc.queryForObject("select min(id) from user_account", Long.class);
		long started = System.nanoTime();
		this.jdbc.update("""
				insert into scenario (title, situation, status, author_id, created_at, updated_at, revision_number)
				select 'scenario ' || n, 'situation ' || n, 'PUBLISHED', ?, now(), now(), 1
				from generate_series(1, ?) n
				""", author, SCENARIOS);
		this.jdbc.update(
				"""
						insert into solution (scenario_id, actions, effect, author_id, adopted, position, created_at, updated_at,
						  revision_number)
						select s.id, 'actions ' || p, 'effect ' || p, ?, false, p, now(), now(), 1
						from scenario s cross join generate_series(1, 2) p
						""",
				author);
		long inserted = (System.nanoTime() - started) / 1_000_000;
		long rebuild = this.maintenance.rebuild();
		StringBuilder report = new StringBuilder("# Start-up index check\n\n");
		report.append(String.format("- %,d scenarios, %,d solutions, inserted in %,d ms; index rebuilt in %,d ms%n",
				SCENARIOS, 2L * SCENARIOS, inserted, rebuild));
		for (int run = 1; run <= 3; run++) {
			report.append(String.format("- comparison run %d: %,d ms%n", run, this.maintenance.repair().millis()));
		}
		Files.createDirectories(Path.of("target/benchmark"));
		Files.writeString(Path.of("target/benchmark/index-consistency.md"), report);
		System.out.print(report);
	}

}
