package com.casebook.search.relevance;

import com.casebook.search.semantic.EmbeddingsCaughtUp;
import com.casebook.search.IndexMaintenance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import com.casebook.search.ScenarioSearch;
import com.casebook.search.ScenarioSearch.Ranking;
import com.casebook.search.SearchQuery;
import com.casebook.search.semantic.EmbeddingWorker;
import com.casebook.search.SearchHit;

import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Runs every judged query through the real {@link ScenarioSearch} and scores the ranking.
 * Each subclass starts the application on its own embedded database and in-memory index
 * holding only the demo corpus, so the numbers do not depend on what other tests create.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RelevanceMeasurement {

	/** One page of results, as an agent sees it. */
	static final int PAGE = 10;

	static final int NDCG_DEPTH = 5;

	@Autowired
	ScenarioSearch search;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired(required = false)
	EmbeddingWorker embeddings;

	@Autowired
	IndexMaintenance indexMaintenance;

	private final Map<Ranking, Measurement> measurements = new EnumMap<>(Ranking.class);

	/** The ranking pages use (both legs, when semantic search is on). */
	Measurement measurement() {
		return measurement(Ranking.HYBRID);
	}

	/**
	 * Runs the judged queries once per test class and ranking and writes the report.
	 */
	Measurement measurement(Ranking ranking) {
		return this.measurements.computeIfAbsent(ranking, key -> {
			awaitEmbeddings();
			Measurement measurement = measure(key);
			String name = configurationName()
					+ (key == Ranking.HYBRID ? "" : "-" + key.name().toLowerCase(Locale.ROOT));
			String report = measurement.toMarkdown(name);
			System.out.println(report);
			write(name, report);
			return measurement;
		});
	}

	/** Names the report file under target/relevance and its heading. */
	abstract String configurationName();

	/** The demo catalogue is embedded in the background after start-up. */
	private void awaitEmbeddings() {
		if (this.embeddings == null) {
			return;
		}
		EmbeddingsCaughtUp.await(this.embeddings, this.indexMaintenance, this::scenarioCount);
	}

	private long scenarioCount() {
		Long count = this.jdbc.queryForObject("select count(*) from scenario", Long.class);
		return count == null ? 0 : count;
	}

	private Map<Long, String> refsById;

	/** Refs of the first page of results for the query, best first. */
	List<String> refs(String query) {
		return refs(query, Ranking.HYBRID);
	}

	List<String> refs(String query, Ranking ranking) {
		if (this.refsById == null) {
			this.refsById = new LinkedHashMap<>();
			this.jdbc.query("select id, external_ref from scenario",
					(RowCallbackHandler) rs -> this.refsById.put(rs.getLong(1), rs.getString(2)));
		}
		return this.search.search(SearchQuery.of(query, 0, PAGE), ranking)
			.hits()
			.stream()
			.map(SearchHit::id)
			.map(this.refsById::get)
			.toList();
	}

	private Measurement measure(Ranking ranking) {
		List<QueryResult> results = JudgedQuery.all().stream().map(judged -> {
			List<String> ranked = refs(judged.query(), ranking);
			return new QueryResult(judged, ranked, RankingMetrics.firstRelevantRank(ranked, judged.grades()),
					RankingMetrics.reciprocalRank(ranked, judged.grades()),
					RankingMetrics.ndcg(NDCG_DEPTH, ranked, judged.grades()));
		}).toList();
		return new Measurement(results);
	}

	private void write(String name, String report) {
		try {
			Path file = Path.of("target", "relevance", name + ".md");
			Files.createDirectories(file.getParent());
			Files.writeString(file, report, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record QueryResult(JudgedQuery judged, List<String> ranked, int firstRelevantRank, double reciprocalRank,
			double ndcg) {
	}

	record Measurement(List<QueryResult> results) {

		double meanReciprocalRank() {
			return mean(this.results, QueryResult::reciprocalRank);
		}

		double meanNdcg() {
			return mean(this.results, QueryResult::ndcg);
		}

		/**
		 * Query type to its results, in the order the types first appear in the
		 * judgments.
		 */
		Map<String, List<QueryResult>> byType() {
			return this.results.stream()
				.collect(Collectors.groupingBy(r -> r.judged().type(), LinkedHashMap::new, Collectors.toList()));
		}

		static double mean(List<QueryResult> results, ToDoubleFunction<QueryResult> metric) {
			return results.stream().mapToDouble(metric).average().orElse(0);
		}

		String toMarkdown(String configuration) {
			StringBuilder md = new StringBuilder();
			md.append("# Relevance: ").append(configuration).append("\n\n");
			md.append("| type | queries | MRR | nDCG@5 |\n| --- | --- | --- | --- |\n");
			byType().forEach((type, results) -> md.append(row(type, results.size(),
					mean(results, QueryResult::reciprocalRank), mean(results, QueryResult::ndcg))));
			md.append(row("**all**", this.results.size(), meanReciprocalRank(), meanNdcg()));
			md.append("\n| type | query | first relevant rank | nDCG@5 | top 5 |\n| --- | --- | --- | --- | --- |\n");
			for (QueryResult r : this.results) {
				md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %s |%n", r.judged().type(),
						r.judged().query(), r.firstRelevantRank() == 0 ? "—" : r.firstRelevantRank(), r.ndcg(),
						r.ranked()
							.stream()
							.limit(NDCG_DEPTH)
							.map(ref -> ref.replace("demo-", ""))
							.collect(Collectors.joining(" "))));
			}
			return md.toString();
		}

		private static String row(String type, int count, double mrr, double ndcg) {
			return String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f |%n", type, count, mrr, ndcg);
		}

	}

}
