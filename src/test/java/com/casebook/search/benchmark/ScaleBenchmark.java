package com.casebook.search.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.casebook.CasebookApplication;
import com.casebook.search.IndexMaintenance;
import com.casebook.search.LuceneIndex;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.ApiTokens;
import com.casebook.user.UserDirectory;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The scale benchmark of issue 13 (not part of the build): generates a varied catalogue,
 * loads it through the real import path ({@code POST /api/import} with a personal API
 * token), and measures in one run, interleaved: pages against a static file under 32
 * clients, {@code /api/search} against raw Lucene, growth from the first thousand to the
 * whole catalogue with PostgreSQL {@code ILIKE} as the naive anchor, import throughput,
 * reindex time, heap and RSS, and shutdown. Writes {@code target/benchmark/scale.md}. Run
 * with {@code ./mvnw -Pbenchmark test -Dtest=ScaleBenchmark
 * [-Dbenchmark.scenarios=100000] [-Dbenchmark.seconds=20]}.
 */
@Tag("benchmark")
class ScaleBenchmark {

	private static final int SCENARIOS = Integer.getInteger("benchmark.scenarios", 100_000);

	private static final int SECONDS = Integer.getInteger("benchmark.seconds", 10);

	private static final int CLIENTS = 32;

	private static final long SEED = 20261130L;

	private static final int FIRST = 1_000;

	/**
	 * How many of the scenarios go through the import ({@code -Dbenchmark.imported}); the
	 * rest, if any, are inserted with JDBC batches and mass indexed, for a run at a size
	 * the import cannot reach in the time at hand. The report says so.
	 */
	private static final int IMPORTED = Integer.getInteger("benchmark.imported", Integer.MAX_VALUE);

	/** Lines per import request, well under the 10 MB a request may carry. */
	private static final int CHUNK = 5_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String[] CATEGORIES = { "排班与人力/话务预测", "排班与人力/现场管理", "投诉与升级/监管投诉", "投诉与升级/情绪安抚", "系统与工具/系统故障",
			"系统与工具/知识库", "业务高峰/大促", "业务高峰/节假日", "质量与培训/质检", "质量与培训/新人带教" };

	private static final String[] TAGS = { "排班", "缺货", "退款", "升级投诉", "系统宕机", "回拨", "IVR", "知识库", "加班", "质检", "大促",
			"节假日", "物流", "账单", "盗刷", "新人", "情绪", "补偿", "短信", "机器人" };

	private static final String[] CHANNELS = { "电话", "在线客服", "微信", "邮件", "App" };

	private static final String[] LINES = { "电商零售", "银行信用卡", "航空出行", "电信运营", "保险理赔" };

	private static final String[] KPIS = { "服务水平", "放弃率", "平均处理时长", "首次解决率", "客户满意度" };

	private static final String[] SETTINGS = { "casebook.data-dir=target/scale-benchmark-data", "casebook.demo=false",
			"casebook.admin-password=benchmark-admin-password", "logging.level.root=warn",
			"spring.thymeleaf.cache=true", "server.port=0",
			"casebook.semantic.enabled=" + Boolean.parseBoolean(System.getProperty("benchmark.semantic", "true")),
			// the queries repeat: from memory they would time a lookup, not a search
			"casebook.search.remembered-results=" + Integer.getInteger("benchmark.rememberedResults", 0) };

	private int port;

	private ApiTokens tokens;

	private UserDirectory users;

	private LuceneIndex index;

	private IndexMaintenance maintenance;

	private JdbcTemplate jdbc;

	private Taxonomy taxonomy;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private String token;

	/**
	 * Starts the application itself rather than through the test framework, so that it
	 * can time closing it and starting it again on the same data.
	 */
	private ConfigurableApplicationContext start(boolean fresh) {
		// arguments rather than default properties, which application.yml would override
		List<String> arguments = new ArrayList<>();
		for (String setting : SETTINGS) {
			arguments.add("--" + setting);
		}
		arguments.add("--casebook.db.fresh=" + fresh);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(CasebookApplication.class)
			.run(arguments.toArray(String[]::new));
		this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
		this.tokens = context.getBean(ApiTokens.class);
		this.users = context.getBean(UserDirectory.class);
		this.index = context.getBean(LuceneIndex.class);
		this.maintenance = context.getBean(IndexMaintenance.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.taxonomy = context.getBean(Taxonomy.class);
		return context;
	}

	@Test
	void measureAtScale() throws Exception {
		ConfigurableApplicationContext context = start(true);
		double startup = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
		Report report = new Report();
		report.line("# Scale benchmark");
		report.line("");
		report.line("- Machine: %d cores, %s %s, max heap %d MB, %s", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.vm.name"), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20, cpuModel());
		report.line(
				"- Scenarios: %,d generated (varied text, 1-3 solutions, 90%% published); %d s per load step, %d clients",
				SCENARIOS, SECONDS, CLIENTS);
		report.line("- JVM options: %s; MALLOC_ARENA_MAX=%s", ManagementFactory.getRuntimeMXBean().getInputArguments(),
				System.getenv().getOrDefault("MALLOC_ARENA_MAX", "unset"));
		report.line("- Semantic search: %s", Boolean.parseBoolean(System.getProperty("benchmark.semantic", "true"))
				? "on (the model loaded; the background worker embeds what is imported, one core busy while it catches up)"
				: "off (-Dbenchmark.semantic=false: no model, no background embedding)");
		report.line(
				"- Recent search results kept in memory: %d (-Dbenchmark.rememberedResults; 0: every search and "
						+ "search page runs its query, as a query seen for the first time does)",
				Integer.getInteger("benchmark.rememberedResults", 0));
		report.line("- JVM start to first measurement (fresh database, Flyway, empty index): %.1f s [load %s]", startup,
				load());
		long adminId = this.users.findByUsername("admin").orElseThrow().id();
		this.token = this.tokens.create(adminId, "benchmark").token();
		signIn();

		Lines lines = new Lines(SCENARIOS);
		long started = System.nanoTime();
		importLines(lines.next(Math.min(FIRST, SCENARIOS)));
		report.line("- Import of the first %,d: %.1f s [load %s]", FIRST, seconds(started), load());
		report.line("");
		report.line("## At %,d scenarios", FIRST);
		report.line("");
		Map<String, double[]> small = searchLatencies(report);

		started = System.nanoTime();
		double importSeconds = 0;
		int imported = Math.min(IMPORTED, SCENARIOS);
		while (lines.remaining() > SCENARIOS - imported) {
			List<String> chunk = lines.next(Math.min(CHUNK, lines.remaining() - (SCENARIOS - imported)));
			started = System.nanoTime();
			importLines(chunk);
			importSeconds += seconds(started);
		}
		report.line("");
		report.line(
				"- Import of the other %,d through POST /api/import (%,d lines per request, generation not counted): %.1f s, %,.0f scenarios/s [load %s]",
				imported - FIRST, CHUNK, importSeconds, (imported - FIRST) / importSeconds, load());
		if (imported < SCENARIOS) {
			started = System.nanoTime();
			SearchBenchmark.generate(this.jdbc, this.taxonomy, SCENARIOS - imported, true);
			double inserted = seconds(started);
			started = System.nanoTime();
			this.maintenance.rebuild();
			report.line(
					"- **Not through the import:** the last %,d scenarios (SearchBenchmark's generator) inserted with JDBC batches in %.1f s, then a mass index of all %,d in %.1f s [load %s]",
					SCENARIOS - imported, inserted, SCENARIOS, seconds(started), load());
		}
		report.line("");
		report.line("## At %,d scenarios", SCENARIOS);
		report.line("");
		Map<String, double[]> large = searchLatencies(report);
		report.line("");
		report.line("Growth of p95 from %,d to %,d: /api/search %.2fx, raw Lucene %.2fx, ILIKE %.2fx", FIRST, SCENARIOS,
				large.get("api")[1] / small.get("api")[1], large.get("lucene")[1] / small.get("lucene")[1],
				large.get("ilike")[1] / small.get("ilike")[1]);
		report.line("");
		MemoryWatch memory = MemoryWatch.start();
		pages(report);
		memory.stop();
		report.line("");
		System.gc();
		report.line(
				"- Memory during the page rounds at %,d scenarios: heap used at most %,d MB (max heap %,d MB), RSS at most %,d MB (anonymous at most %,d MB, mapped files at most %,d MB); after them and a GC: heap %,d MB, RSS %,d MB (%s) [load %s]",
				SCENARIOS, memory.maxHeapMegabytes(), Runtime.getRuntime().maxMemory() >> 20, memory.maxRssMegabytes(),
				memory.maxAnonMegabytes(), memory.maxFileMegabytes(),
				ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20, rssMegabytes(),
				Wrk.available() ? "load from wrk in its own process" : "the 32 clients' threads included", load());
		started = System.nanoTime();
		this.maintenance.rebuild();
		double reindex = seconds(started);
		report.line("- Mass reindex of %,d: %.1f s (%,.0f scenarios/s) [load %s]", SCENARIOS, reindex,
				SCENARIOS / reindex, load());
		started = System.nanoTime();
		context.close();
		report.line("- Shutdown (Spring context close: Tomcat, Hibernate Search, Hikari, embedded PostgreSQL): %.1f s",
				seconds(started));
		started = System.nanoTime();
		try (ConfigurableApplicationContext again = start(false)) {
			report.line("- Start-up with the %,d scenarios in place (database and index kept): %.1f s [load %s]",
					SCENARIOS, seconds(started), load());
		}
		report.write(Path.of("target/benchmark/scale.md"));
	}

	/** p50 and p95 (ms) of /api/search, raw Lucene and ILIKE, measured in turns. */
	private Map<String, double[]> searchLatencies(Report report) throws Exception {
		RawQuerySet raw = new RawQuerySet(this.index);
		List<String> queries = SearchBenchmark.QUERIES;
		int rounds = 4;
		int perRound = 50;
		Map<String, List<Long>> samples = new LinkedHashMap<>();
		samples.put("api", new ArrayList<>());
		samples.put("lucene", new ArrayList<>());
		samples.put("ilike", new ArrayList<>());
		try (IndexReader reader = this.index.openReader()) {
			IndexSearcher searcher = new IndexSearcher(reader);
			for (int i = 0; i < 50; i++) {
				apiSearch(queries.get(i % queries.size()));
				searcher.search(raw.of(queries.get(i % queries.size())), 20);
			}
			for (int round = 0; round < rounds; round++) {
				for (int i = 0; i < perRound; i++) {
					String q = queries.get((round * perRound + i) % queries.size());
					long t = System.nanoTime();
					apiSearch(q);
					samples.get("api").add(System.nanoTime() - t);
					t = System.nanoTime();
					searcher.search(raw.of(q), 20);
					samples.get("lucene").add(System.nanoTime() - t);
					t = System.nanoTime();
					String like = "%" + q.split(" ")[0] + "%";
					this.jdbc.queryForList(
							"select id from scenario where status = 'PUBLISHED' and (title ilike ? or situation ilike ?) limit 20",
							Long.class, like, like);
					samples.get("ilike").add(System.nanoTime() - t);
				}
			}
		}
		Map<String, double[]> result = new LinkedHashMap<>();
		report.line("| 1 client, %d queries each, interleaved | p50 ms | p95 ms | [load %s] |", rounds * perRound,
				load());
		report.line("| --- | --- | --- | --- |");
		for (Map.Entry<String, List<Long>> entry : samples.entrySet()) {
			long[] sorted = entry.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
			double[] p = { percentile(sorted, 0.50), percentile(sorted, 0.95) };
			result.put(entry.getKey(), p);
			report.line("| %s | %.2f | %.2f | |", switch (entry.getKey()) {
				case "api" -> "GET /api/search (bearer token, HTTP on loopback)";
				case "lucene" -> "raw Lucene, same fields and analyzers, top 20";
				default -> "PostgreSQL ILIKE on title and situation, 20 rows";
			}, p[0], p[1]);
		}
		report.line("");
		report.line("/api/search p95 = %.2fx raw Lucene p95 (+%.2f ms)", result.get("api")[1] / result.get("lucene")[1],
				result.get("api")[1] - result.get("lucene")[1]);
		return result;
	}

	/** Pages against a static file, 32 clients, two interleaved rounds. */
	private void pages(Report report) throws Exception {
		long scenario = this.jdbc.queryForObject("select max(id) from scenario where status = 'PUBLISHED'", Long.class);
		String css = staticCssUrl();
		Map<String, String> targets = new LinkedHashMap<>();
		targets.put("static CSS (" + css + ")", css);
		targets.put("catalogue /scenarios", "/scenarios");
		targets.put("search page /search?q=排班 预测", "/search?q=" + URLEncoder.encode("排班 预测", StandardCharsets.UTF_8));
		targets.put("scenario page", "/scenarios/" + scenario);
		report.line("| %d clients (%s), %d s each, signed in | round | req/s | p50 ms | p95 ms | x static | load |",
				CLIENTS, Wrk.available() ? "wrk, its own process" : "Java HttpClient threads in this JVM", SECONDS);
		report.line("| --- | --- | --- | --- | --- | --- | --- |");
		for (String path : targets.values()) {
			int status = this.http
				.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
			if (status != 200) {
				throw new IllegalStateException(path + " answered " + status + " to the signed-in client");
			}
		}
		for (int round = 1; round <= 2; round++) {
			double staticRate = 0;
			for (Map.Entry<String, String> target : targets.entrySet()) {
				double[] result = load(target.getValue());
				if (staticRate == 0) {
					staticRate = result[0];
				}
				report.line("| %s | %d | %,.0f | %.1f | %.1f | %.2f | %s |", target.getKey(), round, result[0],
						result[1], result[2], result[0] / staticRate, load());
			}
		}
	}

	/**
	 * Requests per second, p50 and p95 in ms for one path under {@link #CLIENTS} clients.
	 */
	private double[] load(String path) throws Exception {
		if (Wrk.available()) {
			return Wrk.run(base() + path, sessionCookie(), CLIENTS, SECONDS);
		}
		URI uri = URI.create(base() + path);
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		List<Future<List<Long>>> clients = new ArrayList<>();
		long started = System.nanoTime();
		for (int c = 0; c < CLIENTS; c++) {
			clients.add(pool.submit(() -> {
				List<Long> latencies = new ArrayList<>();
				while (running.get()) {
					long t = System.nanoTime();
					HttpResponse<byte[]> response = this.http.send(HttpRequest.newBuilder(uri).GET().build(),
							HttpResponse.BodyHandlers.ofByteArray());
					if (response.statusCode() != 200) {
						throw new IllegalStateException(path + " answered " + response.statusCode());
					}
					latencies.add(System.nanoTime() - t);
				}
				return latencies;
			}));
		}
		Thread.sleep(SECONDS * 1000L);
		running.set(false);
		List<Long> all = new ArrayList<>();
		for (Future<List<Long>> client : clients) {
			all.addAll(client.get());
		}
		double elapsed = seconds(started);
		pool.shutdown();
		long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
		return new double[] { sorted.length / elapsed, percentile(sorted, 0.50), percentile(sorted, 0.95) };
	}

	private String sessionCookie() {
		return ((CookieManager) this.http.cookieHandler().orElseThrow()).getCookieStore()
			.getCookies()
			.stream()
			.map(Object::toString)
			.reduce((a, b) -> a + "; " + b)
			.orElse("");
	}

	private void apiSearch(String q) throws Exception {
		HttpResponse<byte[]> response = this.http.send(HttpRequest
			.newBuilder(URI.create(base() + "/api/search?size=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
			.header("Authorization", "Bearer " + this.token)
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("/api/search answered " + response.statusCode());
		}
	}

	private void importLines(List<String> lines) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(base() + "/api/import"))
			.header("Authorization", "Bearer " + this.token)
			.header("Content-Type", "application/x-ndjson")
			.timeout(Duration.ofMinutes(30))
			.POST(HttpRequest.BodyPublishers.ofString(String.join("\n", lines), StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || !response.body().contains("\"errors\":[]")) {
			throw new IllegalStateException("Import answered " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(500, response.body().length())));
		}
	}

	private void signIn() throws Exception {
		String page = this.http
			.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the login page");
		}
		String form = "username=admin&password=benchmark-admin-password&_csrf=" + csrf.group(1);
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Could not sign in: " + response.statusCode());
		}
	}

	private String staticCssUrl() throws Exception {
		String page = this.http
			.send(HttpRequest.newBuilder(URI.create(base() + "/scenarios")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher css = Pattern.compile("href=\"(/css/[^\"]+\\.css)\"").matcher(page);
		return css.find() ? css.group(1) : "/css/casebook.css";
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

	/**
	 * The generated lines, made a chunk at a time so that 100,000 never sit on the heap
	 * together.
	 */
	static final class Lines {

		private final ScenarioGenerator generator = new ScenarioGenerator(SEED);

		private int made;

		private int remaining;

		Lines(int count) {
			this.remaining = count;
		}

		int remaining() {
			return this.remaining;
		}

		List<String> next(int count) {
			List<String> chunk = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				chunk.add(line(this.generator, this.made++));
			}
			this.remaining -= count;
			return chunk;
		}

	}

	static List<String> generate(int count) {
		ScenarioGenerator generator = new ScenarioGenerator(SEED);
		List<String> lines = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			lines.add(line(generator, i));
		}
		return lines;
	}

	/** The import line of the {@code i}th generated scenario. */
	private static String line(ScenarioGenerator generator, int i) {
		ScenarioGenerator.Generated g = generator.next();
		List<Map<String, Object>> solutions = new ArrayList<>();
		for (int s = 0; s < g.solutions().size(); s++) {
			String[] solution = g.solutions().get(s);
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("actions", solution[0]);
			one.put("effect", solution[1]);
			one.put("prevention", solution[2]);
			one.put("adopted", s == 0 && generator.nextInt(3) == 0);
			solutions.add(one);
		}
		List<String> tags = new ArrayList<>();
		for (int t = 0; t < g.tagCount(); t++) {
			String tag = TAGS[generator.nextInt(TAGS.length)];
			if (!tags.contains(tag)) {
				tags.add(tag);
			}
		}
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("ref", "bench-" + i);
		line.put("title", g.title() + " #" + i);
		line.put("situation", g.situation());
		line.put("category", CATEGORIES[generator.nextInt(CATEGORIES.length)]);
		line.put("channel", CHANNELS[generator.nextInt(CHANNELS.length)]);
		line.put("businessLine", LINES[generator.nextInt(LINES.length)]);
		line.put("kpis", List.of(KPIS[generator.nextInt(KPIS.length)]));
		line.put("tags", tags);
		line.put("frequency", g.frequency());
		line.put("severity", g.severity());
		line.put("status", g.status());
		line.put("solutions", solutions);
		return JSON.writeValueAsString(line);
	}

	static double percentile(long[] sorted, double p) {
		return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] / 1e6;
	}

	static double seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e9;
	}

	/** The load average of the last minute, to print beside each figure. */
	static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException ex) {
			return "?";
		}
	}

	static long rssMegabytes() {
		return statusMegabytes("VmRSS");
	}

	/**
	 * A size from {@code /proc/self/status} in MB: {@code VmRSS} is the whole resident
	 * set, {@code RssAnon} the process's own memory (heap, metaspace, stacks, native
	 * buffers) and {@code RssFile} the pages of mapped files, mostly the index's, which
	 * the kernel can drop whenever it needs the memory.
	 */
	static long statusMegabytes(String field) {
		try {
			return Files.readAllLines(Path.of("/proc/self/status"))
				.stream()
				.filter(l -> l.startsWith(field + ":"))
				.map(l -> Long.parseLong(l.replaceAll("\\D", "")) >> 10)
				.findFirst()
				.orElse(-1L);
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter(l -> l.startsWith("model name"))
				.map(l -> l.substring(l.indexOf(':') + 1).trim())
				.findFirst()
				.orElse("?");
		}
		catch (IOException ex) {
			return "?";
		}
	}

	/** The lines of the report, printed and written to a file. */
	static final class Report {

		private final StringBuilder text = new StringBuilder();

		void line(String format, Object... args) {
			String line = String.format(format, args);
			System.out.println(line);
			this.text.append(line).append('\n');
		}

		void write(Path file) throws IOException {
			Files.createDirectories(file.getParent());
			Files.writeString(file, this.text.toString());
		}

	}

	/** SearchBenchmark's raw Lucene query, the same fields, analyzers and boosts. */
	static final class RawQuerySet {

		private final SearchBenchmark.RawQueries queries;

		RawQuerySet(LuceneIndex index) {
			this.queries = new SearchBenchmark.RawQueries(index);
		}

		Query of(String text) {
			return this.queries.of(text);
		}

	}

}
