package com.casebook.search.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.casebook.CasebookApplication;
import com.casebook.search.cluster.OpenSearchCluster;
import com.casebook.user.ApiTokens;
import com.casebook.user.UserDirectory;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Search through the application on OpenSearch against the embedded Lucene index, in one
 * run, on one PostgreSQL (docs/scale-out.md): a loading node imports the generated
 * catalogue ({@link ScaleBenchmark#generate}) once through {@code POST /api/import} and
 * is closed (so its duplicate scans do not run during the measurement); then a Lucene
 * node and an OpenSearch node (the test cluster of {@link OpenSearchCluster}, whose index
 * the node builds at start-up) start on that database, and {@code GET /api/search}
 * (bearer token, HTTP on loopback, page of 20) is measured on both for the same queries
 * ({@link SearchBenchmark#QUERIES}), interleaved, the node asked first alternating. Both
 * nodes run with semantic search off (the test cluster has no k-NN), so both search by
 * words. Writes {@code target/benchmark/opensearch-vs-lucene.md}. Run with
 * {@code OPENSEARCH_JAVA_HOME=... ./mvnw -Pbenchmark test -Dtest=OpenSearchVsLuceneBenchmark
 * [-Dbenchmark.scenarios=10000] [-Dbenchmark.rounds=8]}.
 */
@Tag("benchmark")
class OpenSearchVsLuceneBenchmark {

	private static final int SCENARIOS = Integer.getInteger("benchmark.scenarios", 10_000);

	private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 8);

	/** Lines per import request. */
	private static final int CHUNK = 1_000;

	private static final String PASSWORD = "benchmark-admin-password";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void searchOnOpenSearchAgainstLucene() throws Exception {
		ScaleBenchmark.Report report = new ScaleBenchmark.Report();
		report.line("# /api/search on OpenSearch against Lucene");
		report.line("");
		report.line(
				"- Machine: %d cores, %s %s, max heap %d MB; OpenSearch 3.8 single node (test runner, 384 MB heap, "
						+ "its own JVM on the same machine)",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);

		String token;
		ConfigurableApplicationContext loader = node("loader", true, null);
		try {
			long adminId = loader.getBean(UserDirectory.class).findByUsername("admin").orElseThrow().id();
			token = loader.getBean(ApiTokens.class).create(adminId, "benchmark").token();
			List<String> lines = ScaleBenchmark.generate(SCENARIOS);
			long started = System.nanoTime();
			for (int from = 0; from < lines.size(); from += CHUNK) {
				importLines(port(loader), token, lines.subList(from, Math.min(from + CHUNK, lines.size())));
			}
			double seconds = ScaleBenchmark.seconds(started);
			report.line("- Loaded %,d generated scenarios through POST /api/import on a Lucene node: %.1f s [load %s]",
					SCENARIOS, seconds, ScaleBenchmark.load());
		}
		finally {
			loader.close();
		}

		long started = System.nanoTime();
		ConfigurableApplicationContext lucene = node("lucene", false, null);
		report.line("- Lucene node started on that database (index check included): %.1f s [load %s]",
				ScaleBenchmark.seconds(started), ScaleBenchmark.load());
		started = System.nanoTime();
		ConfigurableApplicationContext openSearch = node("opensearch", false, OpenSearchCluster.uri());
		report.line("- OpenSearch node started (cluster start and its index built from the database included): "
				+ "%.1f s [load %s]", ScaleBenchmark.seconds(started), ScaleBenchmark.load());
		try {
			long published = lucene.getBean(JdbcTemplate.class)
				.queryForObject("select count(*) from scenario where status = 'PUBLISHED'", Long.class);
			Map<String, Integer> ports = new LinkedHashMap<>();
			ports.put("Lucene (embedded, local disk)", port(lucene));
			ports.put("OpenSearch 3.8", port(openSearch));
			measure(report, token, ports, published);
		}
		finally {
			openSearch.close();
			lucene.close();
		}
		report.write(Path.of("target/benchmark/opensearch-vs-lucene.md"));
	}

	private void measure(ScaleBenchmark.Report report, String token, Map<String, Integer> ports, long published)
			throws Exception {
		List<String> queries = SearchBenchmark.QUERIES;
		Map<String, List<Long>> samples = new LinkedHashMap<>();
		Map<String, Long> hits = new LinkedHashMap<>();
		for (Map.Entry<String, Integer> node : ports.entrySet()) {
			samples.put(node.getKey(), new ArrayList<>());
			long total = 0;
			for (String q : queries) {
				total += JSON.readTree(search(node.getValue(), token, q)).get("total").asLong();
			}
			hits.put(node.getKey(), total);
			// warm-up: every query twice
			for (String q : queries) {
				search(node.getValue(), token, q);
			}
		}
		String load = ScaleBenchmark.load();
		List<String> names = new ArrayList<>(ports.keySet());
		for (int round = 0; round < ROUNDS; round++) {
			for (int i = 0; i < queries.size(); i++) {
				String q = queries.get(i);
				for (int n = 0; n < names.size(); n++) {
					// the node asked first alternates from one query to the next
					String name = names.get((n + i + round) % names.size());
					long t = System.nanoTime();
					search(ports.get(name), token, q);
					samples.get(name).add(System.nanoTime() - t);
				}
			}
		}
		report.line("- %,d published scenarios; %d queries (Chinese, Traditional, English, mixed), %d rounds, "
				+ "interleaved, 1 client", published, queries.size(), ROUNDS);
		report.line("");
		report.line("| GET /api/search?size=20 (bearer token, loopback) | samples | p50 ms | p95 ms | hits over the "
				+ "query set | load before / after |");
		report.line("| --- | --- | --- | --- | --- | --- |");
		String after = ScaleBenchmark.load();
		for (String name : names) {
			long[] sorted = samples.get(name).stream().mapToLong(Long::longValue).sorted().toArray();
			report.line("| %s | %d | %.2f | %.2f | %,d | %s / %s |", name, sorted.length,
					ScaleBenchmark.percentile(sorted, 0.50), ScaleBenchmark.percentile(sorted, 0.95), hits.get(name),
					load, after);
		}
	}

	private ConfigurableApplicationContext node(String name, boolean fresh, String searchUris) {
		List<String> args = new ArrayList<>(List.of("--casebook.data-dir=target/opensearch-benchmark-data",
				"--casebook.db.fresh=" + fresh, "--casebook.demo=false", "--casebook.admin-password=" + PASSWORD,
				"--casebook.semantic.enabled=false", "--casebook.backup.scheduled=false", "--server.port=0",
				"--logging.level.root=warn", "--spring.thymeleaf.cache=true",
				"--spring.application.name=casebook-" + name));
		if (searchUris != null) {
			args.add("--casebook.search.uris=" + searchUris);
			args.add("--casebook.search.index-prefix=benchmark-");
		}
		return new SpringApplicationBuilder(CasebookApplication.class).run(args.toArray(String[]::new));
	}

	private static int port(ConfigurableApplicationContext node) {
		return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
	}

	private String search(int port, String token, String q) throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?size=20&q="
						+ URLEncoder.encode(q, StandardCharsets.UTF_8)))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("/api/search answered " + response.statusCode() + " on port " + port);
		}
		return response.body();
	}

	private void importLines(int port, String token, List<String> lines) throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/import"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/x-ndjson")
				.timeout(Duration.ofMinutes(30))
				.POST(HttpRequest.BodyPublishers.ofString(String.join("\n", lines), StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || !response.body().contains("\"errors\":[]")) {
			throw new IllegalStateException("Import answered " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(500, response.body().length())));
		}
	}

}
