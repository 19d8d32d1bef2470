package com.casebook.search.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.casebook.user.ApiTokens;
import com.casebook.user.UserDirectory;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Import throughput alone (not part of the build): generates {@code benchmark.scenarios}
 * lines with {@link ScaleBenchmark}'s generator, loads them through
 * {@code POST /api/import} in requests of 5,000 lines with a personal API token, then
 * sends the first request again (every line unchanged). Writes
 * {@code target/benchmark/import.md}. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=ImportBenchmark [-Dbenchmark.scenarios=100000]}.
 */
@Tag("benchmark")
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "casebook.data-dir=target/import-benchmark-data", "casebook.db.fresh=true",
				"casebook.demo=false", "casebook.admin-password=benchmark-admin-password", "logging.level.root=warn" })
class ImportBenchmark {

	private static final int SCENARIOS = Integer.getInteger("benchmark.scenarios", 10_000);

	/** Lines per import request, well under the 10 MB a request may carry. */
	private static final int CHUNK = 5_000;

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Autowired
	UserDirectory users;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void importThroughput() throws Exception {
		ScaleBenchmark.Report report = new ScaleBenchmark.Report();
		report.line("# Import benchmark");
		report.line("");
		long adminId = this.users.findByUsername("admin").orElseThrow().id();
		String token = this.tokens.create(adminId, "import-benchmark").token();
		List<String> lines = ScaleBenchmark.generate(SCENARIOS);
		long started = System.nanoTime();
		for (int from = 0; from < lines.size(); from += CHUNK) {
			long chunkStarted = System.nanoTime();
			int to = Math.min(from + CHUNK, lines.size());
			send(lines.subList(from, to), token);
			report.line("- lines %,d-%,d: %.1f s, %,.0f scenarios/s [load %s]", from + 1, to,
					ScaleBenchmark.seconds(chunkStarted), (to - from) / ScaleBenchmark.seconds(chunkStarted),
					ScaleBenchmark.load());
		}
		double total = ScaleBenchmark.seconds(started);
		report.line("- **%,d scenarios through POST /api/import: %.1f s, %,.0f scenarios/s** [load %s]", lines.size(),
				total, lines.size() / total, ScaleBenchmark.load());
		List<String> again = lines.subList(0, Math.min(CHUNK, lines.size()));
		started = System.nanoTime();
		send(again, token);
		report.line("- the first %,d again (unchanged): %.1f s, %,.0f lines/s [load %s]", again.size(),
				ScaleBenchmark.seconds(started), again.size() / ScaleBenchmark.seconds(started), ScaleBenchmark.load());
		report.write(Path.of("target/benchmark/import.md"));
	}

	private void send(List<String> lines, String token) throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/import"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/x-ndjson")
				.timeout(Duration.ofMinutes(60))
				.POST(HttpRequest.BodyPublishers.ofString(String.join("\n", lines), StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || !response.body().contains("\"errors\":[]")) {
			throw new IllegalStateException("Import answered " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(500, response.body().length())));
		}
	}

}
