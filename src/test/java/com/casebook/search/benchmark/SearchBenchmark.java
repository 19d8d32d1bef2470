package com.casebook.search.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import com.casebook.scenario.Scenario;
import com.casebook.search.LuceneIndex;
import com.casebook.search.ScenarioSearch;
import com.casebook.search.SearchQuery;
import com.casebook.search.analysis.AnalyzerNames;
import com.casebook.taxonomy.ReferenceKind;
import com.casebook.taxonomy.TagStatus;
import com.casebook.taxonomy.Taxonomy;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search speed benchmark (not part of the build): generates a large catalogue
 * straight into PostgreSQL, times a full mass reindex, then times searches through
 * {@link ScenarioSearch} and through the raw Lucene index underneath, and writes a report
 * to {@code target/benchmark/search-benchmark.md}. Run with
 * {@code ./mvnw -Pbenchmark test}.
 */
@Tag("benchmark")
@SpringBootTest(properties = { "casebook.data-dir=target/benchmark-data", "casebook.db.fresh=true",
		"casebook.demo=false", "casebook.admin-password=benchmark-admin-password", "logging.level.root=warn" })
class SearchBenchmark {

	private static final int SCENARIOS = Integer.getInteger("benchmark.scenarios", 100_000);

	private static final int WARMUP = 300;

	private static final int MEASURED = 2_000;

	static final List<String> QUERIES = List.of("缺货", "退款", "系统宕机", "排队过长", "IVR 误转接", "投诉升级", "大促 缺货", "台风 航班",
			"信用卡盗刷", "物流延迟 补偿", "回拨", "知识库过时", "机器人转人工", "交接班遗漏", "质检争议", "坐席流失", "排班缺口", "首次解决率", "服务水平", "放弃率",
			"在线客服 排队", "双十一 电话", "春节 排班", "理赔进度", "账单错误", "培訓", "系統宕機", "投訴升級", "盜刷", "排隊過長", "refund", "attrition",
			"chat backlog", "hold times", "IVR misrouting", "system outage", "Hold 情绪", "IVR 菜单", "CRM 无法登录", "App 退款",
			"QA 争议", "升级专席", "短信通知", "延长班次", "预警阈值");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ScenarioSearch search;

	@Autowired
	LuceneIndex index;

	@Autowired
	Taxonomy taxonomy;

	@Test
	void measureIndexingAndSearchAtScale() throws Exception {
		Report report = new Report();
		report.line("- Machine: %d cores, %s %s, max heap %d MB", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.vm.name"), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20);
		report.line("- Scenarios generated: %,d (about 90%% published, 1-3 solutions each)", SCENARIOS);

		long started = System.nanoTime();
		long solutions = generate(this.jdbc, this.taxonomy, SCENARIOS);
		report.line("- Insert into PostgreSQL (JDBC batches): %,d scenarios and %,d solutions in %.1f s", SCENARIOS,
				solutions, seconds(started));

		started = System.nanoTime();
		massIndex(this.transactions, this.entityManager);
		double reindex = seconds(started);
		report.line("- Full mass reindex: %.1f s (%,.0f scenarios/s)", reindex, SCENARIOS / reindex);
		report.line("- Index size on disk: %,d MB", directorySize(Path.of("target/benchmark-data/index")) >> 20);
		System.gc();
		report.line("- Heap used after indexing and GC: %,d MB",
				ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);

		long found = QUERIES.stream().mapToLong(q -> this.search.search(q, 0, 20).total()).sum();
		report.line("- %d queries (Chinese, Traditional, English, mixed); %,d hits in total over the query set",
				QUERIES.size(), found);
		report.line("");
		report.line("| path | threads | p50 ms | p95 ms | p99 ms | max ms | searches/s |");
		report.line("| --- | --- | --- | --- | --- | --- | --- |");
		measure(report, "ScenarioSearch (page of 20, highlighting, facets)", 1,
				q -> this.search.search(SearchQuery.of(q, 0, 20)));
		measure(report, "ScenarioSearch (page of 20, highlighting, facets)", 2,
				q -> this.search.search(SearchQuery.of(q, 0, 20)));
		IndexReader reader = this.index.openReader();
		try {
			IndexSearcher searcher = new IndexSearcher(reader);
			RawQueries raw = new RawQueries(this.index);
			measure(report, "raw Lucene (same fields and analyzers, top 20 ids)", 1, q -> topDocs(searcher, raw.of(q)));
			measure(report, "raw Lucene (same fields and analyzers, top 20 ids)", 2, q -> topDocs(searcher, raw.of(q)));
		}
		finally {
			reader.close();
		}
		report.write(Path.of("target/benchmark/search-benchmark.md"));
	}

	private static void topDocs(IndexSearcher searcher, Query query) {
		try {
			searcher.search(query, 20);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void measure(Report report, String path, int threads, Consumer<String> search) throws Exception {
		for (int i = 0; i < WARMUP; i++) {
			search.accept(QUERIES.get(i % QUERIES.size()));
		}
		long[] latencies = new long[MEASURED];
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int thread = t;
				running.add(pool.submit(() -> {
					for (int i = thread; i < MEASURED; i += threads) {
						long one = System.nanoTime();
						search.accept(QUERIES.get(i % QUERIES.size()));
						latencies[i] = System.nanoTime() - one;
					}
				}));
			}
			for (Future<?> future : running) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		double elapsed = seconds(started);
		Arrays.sort(latencies);
		report.line("| %s | %d | %.2f | %.2f | %.2f | %.2f | %,.0f |", path, threads, millis(latencies, 0.50),
				millis(latencies, 0.95), millis(latencies, 0.99), latencies[latencies.length - 1] / 1e6,
				MEASURED / elapsed);
	}

	/**
	 * Indexes the generated catalogue as the benchmarks measure it: two loading threads,
	 * batches of 100.
	 */
	static void massIndex(TransactionTemplate transactions, EntityManager entityManager) {
		transactions.executeWithoutResult(tx -> {
			try {
				Search.session(entityManager)
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
	}

	static double millis(long[] sorted, double percentile) {
		return sorted[(int) Math.min(sorted.length - 1, Math.ceil(percentile * sorted.length) - 1)] / 1e6;
	}

	/**
	 * Inserts a catalogue of {@code count} scenarios with JDBC batches (no events,
	 * nothing indexed); returns the number of solutions.
	 */
	static long generate(JdbcTemplate jdbc, Taxonomy taxonomy, int count) {
		return generate(jdbc, taxonomy, count, false);
	}

	/**
	 * As {@link #generate(JdbcTemplate, Taxonomy, int)}; {@code after} puts the new rows'
	 * ids past those already in the tables (a catalogue partly imported) and returns the
	 * number of solutions added.
	 */
	static long generate(JdbcTemplate jdbc, Taxonomy taxonomy, int count, boolean after) {
		long scenarioOffset = after ? jdbc.queryForObject("select coalesce(max(id), 0) from scenario", Long.class) : 0;
		long solutionOffset = after ? jdbc.queryForObject("select coalesce(max(id), 0) from solution", Long.class) : 0;
		ScenarioGenerator generator = new ScenarioGenerator(20261124L);
		long author = jdbc.queryForObject("select min(id) from user_account", Long.class);
		List<Long> categories = jdbc.queryForList("select id from category where parent_id is not null", Long.class);
		List<Long> channels = ids(taxonomy, ReferenceKind.CHANNEL);
		List<Long> lines = ids(taxonomy, ReferenceKind.BUSINESS_LINE);
		List<Long> kpis = ids(taxonomy, ReferenceKind.KPI);
		List<Long> tags = new ArrayList<>();
		for (String name : List.of("缺货", "大促", "投诉升级", "IVR", "退款", "情绪安抚", "系统宕机", "回拨", "排班", "培训", "知识库", "质检", "加班",
				"士气", "舆情", "物流延迟", "盗刷", "航班取消", "新人", "离职", "backlog", "attrition")) {
			tags.add(taxonomy.tagNamed(name, TagStatus.ACTIVE));
		}
		Instant now = Instant.now();
		long solutionId = solutionOffset;
		final int batch = 1_000;
		for (long from = scenarioOffset + 1; from <= scenarioOffset + count; from += batch) {
			List<Object[]> scenarioRows = new ArrayList<>();
			List<Object[]> solutionRows = new ArrayList<>();
			List<Object[]> tagRows = new ArrayList<>();
			List<Object[]> kpiRows = new ArrayList<>();
			for (long id = from; id < from + batch && id <= scenarioOffset + count; id++) {
				ScenarioGenerator.Generated s = generator.next();
				Timestamp created = Timestamp.from(now.minus(generator.nextInt(900), ChronoUnit.DAYS));
				boolean published = "PUBLISHED".equals(s.status());
				scenarioRows.add(new Object[] { id, s.title(), s.situation(),
						categories.get(generator.nextInt(categories.size())),
						channels.get(generator.nextInt(channels.size())), lines.get(generator.nextInt(lines.size())),
						s.frequency(), s.severity(), s.status(), author, author, generator.nextInt(50), created,
						created, published ? created : null, published ? created : null });
				for (int i = 0; i < s.solutions().size(); i++) {
					String[] solution = s.solutions().get(i);
					solutionRows.add(new Object[] { ++solutionId, id, solution[0], solution[1], solution[2], author,
							i == 0 && generator.nextInt(4) == 0, i + 1, created, created });
				}
				for (Long tag : pickSome(generator, tags, s.tagCount())) {
					tagRows.add(new Object[] { id, tag });
				}
				for (Long kpi : pickSome(generator, kpis, 1 + generator.nextInt(3))) {
					kpiRows.add(new Object[] { id, kpi });
				}
			}
			jdbc.batchUpdate(
					"""
							insert into scenario (id, title, situation, category_id, channel_id, business_line_id, frequency, severity,
							  status, author_id, owner_id, applied_count, created_at, updated_at, published_at, last_reviewed_at,
							  revision_number)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
							""",
					scenarioRows);
			jdbc.batchUpdate("""
					insert into solution (id, scenario_id, actions, effect, prevention, author_id, adopted, position,
					  created_at, updated_at, revision_number)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
					""", solutionRows);
			jdbc.batchUpdate("insert into scenario_tag (scenario_id, tag_id) values (?, ?)", tagRows);
			jdbc.batchUpdate("insert into scenario_kpi (scenario_id, kpi_id) values (?, ?)", kpiRows);
		}
		jdbc.execute("select setval('scenario_id_seq', (select max(id) from scenario))");
		jdbc.execute("select setval('solution_id_seq', (select max(id) from solution))");
		return solutionId - solutionOffset;
	}

	private static List<Long> pickSome(ScenarioGenerator generator, List<Long> from, int count) {
		List<Long> picked = new ArrayList<>();
		while (picked.size() < Math.min(count, from.size())) {
			Long candidate = from.get(generator.nextInt(from.size()));
			if (!picked.contains(candidate)) {
				picked.add(candidate);
			}
		}
		return picked;
	}

	private static List<Long> ids(Taxonomy taxonomy, ReferenceKind kind) {
		return taxonomy.referenceList(kind).stream().map(r -> r.id()).toList();
	}

	static double seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e9;
	}

	private static long directorySize(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
		}
	}

	/**
	 * The query ScenarioSearch sends, built by hand on Lucene: every word must match, in
	 * any of the three analyses of any text field, title boosted, published scenarios
	 * only.
	 */
	static final class RawQueries {

		private static final String[] FIELDS = { "title", "labels", "situation", "solutions.actions",
				"solutions.effect", "solutions.prevention" };

		private final QueryBuilder[] builders;

		private final String[] suffixes = { "", "_bigram", "_en" };

		private final float[] weights = { 2f, 1f, 1f };

		RawQueries(LuceneIndex index) {
			this.builders = new QueryBuilder[] { new QueryBuilder(index.analyzer(AnalyzerNames.CHINESE)),
					new QueryBuilder(index.analyzer(AnalyzerNames.CJK_BIGRAM)),
					new QueryBuilder(index.analyzer(AnalyzerNames.ENGLISH)) };
		}

		Query of(String text) {
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			for (int a = 0; a < this.builders.length; a++) {
				for (String field : FIELDS) {
					Query query = this.builders[a].createBooleanQuery(field + this.suffixes[a], text,
							BooleanClause.Occur.MUST);
					if (query != null) {
						float boost = this.weights[a] * ("title".equals(field) ? 3f : 1f);
						any.add(new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
					}
				}
			}
			return new BooleanQuery.Builder().add(any.build(), BooleanClause.Occur.MUST)
				.add(new TermQuery(new Term("status", "PUBLISHED")), BooleanClause.Occur.FILTER)
				.build();
		}

	}

	/** The Markdown report, also printed. */
	static final class Report {

		private final StringBuilder text = new StringBuilder("# Search benchmark\n\n");

		void line(String format, Object... args) {
			String line = args.length == 0 ? format : String.format(format, args);
			System.out.println("BENCH " + line);
			this.text.append(line).append('\n');
		}

		void write(Path file) throws IOException {
			Files.createDirectories(file.getParent());
			Files.writeString(file, this.text);
		}

	}

}
