package com.casebook.search.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.EntityManager;

import com.casebook.scenario.Scenario;
import com.casebook.search.ScenarioSearch;
import com.casebook.search.ScenarioSearch.Ranking;
import com.casebook.search.SearchQuery;
import com.casebook.search.semantic.EmbeddingProgress;
import com.casebook.search.semantic.EmbeddingWorker;
import com.casebook.taxonomy.Taxonomy;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the semantic leg costs (not part of the build): generates a catalogue straight
 * into PostgreSQL, indexes it (which hands every scenario to the embedding worker, as the
 * first start on an existing catalogue does), times the background embedding to the last
 * vector with the heap and RSS seen meanwhile, then times the same queries through
 * {@link ScenarioSearch} with words only and with the semantic leg (the query's embedding
 * included), one after the other in turn. Writes
 * {@code target/benchmark/semantic-benchmark.md}. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=SemanticBenchmark [-Dbenchmark.scenarios=10000]}.
 */
@Tag("benchmark")
@SpringBootTest(properties = { "casebook.data-dir=target/semantic-benchmark-data", "casebook.db.fresh=true",
		"casebook.demo=false", "casebook.admin-password=benchmark-admin-password", "logging.level.root=warn",
		"logging.level.com.casebook.search.semantic=info", "casebook.semantic.enabled=true" })
class SemanticBenchmark {

	private static final int SCENARIOS = Integer.getInteger("benchmark.scenarios", 10_000);

	private static final int WARMUP = 100;

	private static final int MEASURED = 600;

	/** The keyword benchmark's queries and colloquial ones, as agents type them. */
	private static final List<String> QUERIES = new ArrayList<>(SearchBenchmark.QUERIES);

	static {
		QUERIES.addAll(List.of("用户说钱扣了订单却显示没付", "下午三点以后人都走光了", "客户骂人要马上退钱", "机器人一直答非所问找不到真人", "快递一直不到客户天天打电话",
				"系统卡死查不了客户资料", "新来的人干一周就走了", "电话排队半天没人接"));
	}

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ScenarioSearch search;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	EmbeddingWorker worker;

	@Test
	void measureEmbeddingThroughputAndTheSemanticLegsLatency() throws Exception {
		SearchBenchmark.Report report = new SearchBenchmark.Report();
		report.line("- Machine: %d cores, %s %s, max heap %d MB, load average at start %s",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, ScaleBenchmark.load());
		SearchBenchmark.generate(this.jdbc, this.taxonomy, SCENARIOS);
		report.line("- Scenarios generated: %,d", SCENARIOS);
		long started = System.nanoTime();
		this.transactions.executeWithoutResult(tx -> {
			try {
				Search.session(this.entityManager)
					.massIndexer(Scenario.class)
					.threadsToLoadObjects(2)
					.batchSizeToLoadObjects(100)
					.startAndWait();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		});
		report.line("- Mass reindex (words only; each scenario handed to the embedding worker): %.1f s",
				SearchBenchmark.seconds(started));

		long maxHeap = 0;
		long maxRss = 0;
		EmbeddingProgress progress = this.worker.progress();
		while (this.worker.backlog() > 0 || progress.stored() < SCENARIOS) {
			Thread.sleep(1_000);
			maxHeap = Math.max(maxHeap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
			maxRss = Math.max(maxRss, ScaleBenchmark.rssMegabytes());
			progress = this.worker.progress();
		}
		double embedding = SearchBenchmark.seconds(started);
		report.line(
				"- Background embedding of %,d scenarios, from the start of the reindex to the last vector stored "
						+ "and indexed: %.0f s, "
						+ "%.1f scenarios/s overall (the model alone: %.1f scenarios/s), load average %s",
				progress.stored(), embedding, progress.stored() / embedding, progress.perSecond(),
				ScaleBenchmark.load());
		report.line("- While embedding: heap used up to %,d MB, RSS up to %,d MB (model off-heap included)", maxHeap,
				maxRss);
		report.line("");
		report.line("| ScenarioSearch, page of 20 | queries | p50 ms | p95 ms | p99 ms |");
		report.line("| --- | --- | --- | --- | --- |");
		long[][] latencies = measureInTurn(Ranking.KEYWORD, Ranking.HYBRID);
		report.line("| words only (keyword leg) | %d | %.2f | %.2f | %.2f |", MEASURED,
				SearchBenchmark.millis(latencies[0], 0.50), SearchBenchmark.millis(latencies[0], 0.95),
				SearchBenchmark.millis(latencies[0], 0.99));
		report.line("| hybrid (query embedded, knn, fused) | %d | %.2f | %.2f | %.2f |", MEASURED,
				SearchBenchmark.millis(latencies[1], 0.50), SearchBenchmark.millis(latencies[1], 0.95),
				SearchBenchmark.millis(latencies[1], 0.99));
		report.line("");
		report.line("Load average at the end: %s", ScaleBenchmark.load());
		report.write(Path.of("target/benchmark/semantic-benchmark.md"));
	}

	/**
	 * Each query through both rankings, alternating, so a load spike from outside hits
	 * both alike.
	 */
	private long[][] measureInTurn(Ranking... rankings) {
		for (int i = 0; i < WARMUP; i++) {
			for (Ranking ranking : rankings) {
				this.search.search(SearchQuery.of(QUERIES.get(i % QUERIES.size()), 0, 20), ranking);
			}
		}
		long[][] latencies = new long[rankings.length][MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			for (int r = 0; r < rankings.length; r++) {
				long one = System.nanoTime();
				this.search.search(SearchQuery.of(QUERIES.get(i % QUERIES.size()), 0, 20), rankings[r]);
				latencies[r][i] = System.nanoTime() - one;
			}
		}
		for (long[] sorted : latencies) {
			Arrays.sort(sorted);
		}
		return latencies;
	}

}
