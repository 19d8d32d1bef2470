package com.casebook.search.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

import jakarta.persistence.EntityManager;

import com.casebook.search.ScenarioSearch;
import com.casebook.search.ScenarioSearch.Ranking;
import com.casebook.search.SearchQuery;
import com.casebook.search.semantic.BenchmarkVectors;
import com.casebook.search.semantic.EmbeddingProgress;
import com.casebook.search.semantic.EmbeddingWorker;
import com.casebook.taxonomy.Taxonomy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the semantic leg costs (not part of the build): generates a catalogue straight
 * into PostgreSQL (100,000 scenarios by default), hands a sample of it (2,000) to the
 * embedding worker and times the background embedding to the last vectors stored and
 * indexed, with the heap and RSS seen meanwhile. Embedding the whole catalogue would take
 * hours on a small machine, so the other scenarios get vectors derived from the sample's
 * real ones ({@link BenchmarkVectors}: stored with their texts' hashes, so nothing is
 * computed for them); the whole catalogue is then indexed with its vectors and the same
 * queries are timed through {@link ScenarioSearch} with words only and with the semantic
 * leg (the query's embedding and both knn queries included), one after the other in turn.
 * Writes {@code target/benchmark/semantic-benchmark.md}. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=SemanticBenchmark [-Dbenchmark.scenarios=100000]
 * [-Dbenchmark.embedded=2000]}.
 */
@Tag("benchmark")
@SpringBootTest(properties = { "casebook.data-dir=target/semantic-benchmark-data", "casebook.db.fresh=true",
		"casebook.demo=false", "casebook.admin-password=benchmark-admin-password", "logging.level.root=warn",
		"logging.level.com.casebook.search.semantic=info", "casebook.semantic.enabled=true" })
class SemanticBenchmark {

	private static final int SCENARIOS = Integer.getInteger("benchmark.scenarios", 100_000);

	/** How many of them the model embeds; the others get vectors derived from theirs. */
	private static final int EMBEDDED = Integer.getInteger("benchmark.embedded", 2_000);

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

	@Autowired
	ApplicationContext context;

	@Test
	void measureEmbeddingThroughputAndTheSemanticLegsLatency() throws Exception {
		SearchBenchmark.Report report = new SearchBenchmark.Report();
		report.line("- Machine: %d cores, %s %s, max heap %d MB, load average at start %s",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, ScaleBenchmark.load());
		long started = System.nanoTime();
		SearchBenchmark.generate(this.jdbc, this.taxonomy, SCENARIOS);
		report.line("- Scenarios generated: %,d (%.1f s)", SCENARIOS, SearchBenchmark.seconds(started));

		// throughput: the worker embeds a sample, both vectors each, as after their
		// commit
		List<Long> sample = LongStream.rangeClosed(1, Math.min(EMBEDDED, SCENARIOS)).boxed().toList();
		started = System.nanoTime();
		BenchmarkVectors.request(this.context, sample);
		long maxHeap = 0;
		long maxRss = 0;
		EmbeddingProgress progress = this.worker.progress();
		while (this.worker.backlog() > 0 || progress.stored() < sample.size()) {
			Thread.sleep(1_000);
			maxHeap = Math.max(maxHeap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
			maxRss = Math.max(maxRss, ScaleBenchmark.rssMegabytes());
			progress = this.worker.progress();
		}
		double embedding = SearchBenchmark.seconds(started);
		report.line(
				"- Background embedding of %,d scenarios (content and names vectors each), handed to the worker "
						+ "to the last vectors stored and indexed: %.0f s, %.1f scenarios/s overall (the model "
						+ "alone: %.1f scenarios/s), load average %s",
				progress.stored(), embedding, progress.stored() / embedding, progress.perSecond(),
				ScaleBenchmark.load());
		report.line("- While embedding: heap used up to %,d MB, RSS up to %,d MB (model off-heap included)", maxHeap,
				maxRss);
		long computed = progress.computed();

		// the rest of the catalogue gets vectors derived from the sample's real ones
		List<Long> rest = LongStream.rangeClosed(sample.size() + 1, SCENARIOS).boxed().toList();
		started = System.nanoTime();
		long derived = BenchmarkVectors.storeDerived(this.context, sample, rest, 20261201L);
		report.line("- Derived vectors stored for the other %,d scenarios (not computed by the model): %,d in %.1f s",
				rest.size(), derived, SearchBenchmark.seconds(started));

		started = System.nanoTime();
		SearchBenchmark.massIndex(this.transactions, this.entityManager);
		double reindex = SearchBenchmark.seconds(started);
		BenchmarkVectors.awaitIdle(this.context);
		report.line(
				"- Mass reindex of %,d scenarios with their stored vectors (two 512-dimension HNSW fields): %.1f s; "
						+ "vectors computed because of it: %d",
				SCENARIOS, reindex, this.worker.progress().computed() - computed);
		report.line("");
		report.line("| ScenarioSearch, page of 20, %,d scenarios | queries | p50 ms | p95 ms | p99 ms |", SCENARIOS);
		report.line("| --- | --- | --- | --- | --- |");
		long[][] latencies = measureInTurn(Ranking.KEYWORD, Ranking.HYBRID);
		report.line("| words only (keyword leg) | %d | %.2f | %.2f | %.2f |", MEASURED,
				SearchBenchmark.millis(latencies[0], 0.50), SearchBenchmark.millis(latencies[0], 0.95),
				SearchBenchmark.millis(latencies[0], 0.99));
		report.line("| hybrid (query embedded, two knn, fused) | %d | %.2f | %.2f | %.2f |", MEASURED,
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
