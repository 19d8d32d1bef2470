package com.casebook.search.relevance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.casebook.search.ScenarioSearch.Ranking;
import com.casebook.search.SearchQuery;
import com.casebook.search.SearchResults;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.test.context.ActiveProfiles;

/**
 * The fusion's settings (issue 15), measured: each judged query's keyword ranking and
 * semantic ranking are taken once from the real search, then fused again offline the way
 * {@code ScenarioSearch} fuses them, for every combination of the reciprocal rank
 * constant and the legs' weights. A measurement, not a check:
 * {@code ./mvnw -Pbenchmark test -Dtest=FusionSettingsBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(properties = { "casebook.data-dir=target/test-data/relevance", "casebook.db.fresh=true",
		"casebook.semantic.enabled=true" })
@ActiveProfiles("test")
class FusionSettingsBenchmark extends RelevanceMeasurement {

	private static final List<String> KEYWORD_TYPES = List.of("chinese", "traditional", "english", "mixed");

	record Legs(JudgedQuery judged, List<String> keyword, boolean relaxed, List<String> semantic) {
	}

	record Settings(int k, boolean strictFusesAll, float strictSemantic, float relaxedKeyword) {
	}

	@Override
	String configurationName() {
		return "fusion";
	}

	@Test
	void fuseWithEverySetting() {
		measurement(Ranking.KEYWORD);
		List<Legs> legs = JudgedQuery.all().stream().map(this::legs).toList();
		Map<String, List<Double>> keywordFigures = figures(legs, null);
		List<String> lines = new ArrayList<>();
		for (int k : new int[] { 5, 10, 20, 40, 60, 100 }) {
			for (boolean strictFusesAll : new boolean[] { false, true }) {
				for (float strictSemantic : new float[] { 0.25f, 0.5f, 1f }) {
					for (float relaxedKeyword : new float[] { 0f, 0.25f, 0.5f, 0.75f, 1f }) {
						Settings settings = new Settings(k, strictFusesAll, strictSemantic, relaxedKeyword);
						Map<String, List<Double>> figures = figures(legs, settings);
						boolean keepsKeyword = KEYWORD_TYPES.stream()
							.allMatch(type -> figures.get(type).get(0) >= keywordFigures.get(type).get(0) - 0.01
									&& figures.get(type).get(1) >= keywordFigures.get(type).get(1) - 0.01);
						lines.add(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %.3f | %.3f | %s |",
								settings, keepsKeyword ? "yes" : "no", figures.get("all").get(0),
								figures.get("all").get(1), figures.get("paraphrase").get(0),
								figures.get("colloquial").get(0), figures.get("colloquial").get(1),
								figures.get("english").get(0)));
					}
				}
			}
		}
		lines.sort((a, b) -> b.split("\\|")[6].compareTo(a.split("\\|")[6]));
		System.out
			.println("| settings | keyword types within 0.01 | MRR all | nDCG all | MRR paraphrase | MRR colloquial"
					+ " | nDCG colloquial | MRR english |\n| --- | --- | --- | --- | --- | --- | --- | --- |");
		lines.forEach(System.out::println);
	}

	private Legs legs(JudgedQuery judged) {
		SearchResults keyword = this.search.search(SearchQuery.of(judged.query(), 0, 20), Ranking.KEYWORD);
		SearchResults semantic = this.search.search(SearchQuery.of(judged.query(), 0, 10), Ranking.VECTOR);
		return new Legs(judged, refs(keyword), keyword.relaxed(), refs(semantic));
	}

	private List<String> refs(SearchResults results) {
		Map<Long, String> byId = refsById();
		return results.hits().stream().map(hit -> byId.get(hit.id())).toList();
	}

	private Map<Long, String> byId;

	private Map<Long, String> refsById() {
		if (this.byId == null) {
			this.byId = new LinkedHashMap<>();
			this.jdbc.query("select id, external_ref from scenario",
					(RowCallbackHandler) rs -> this.byId.put(rs.getLong(1), rs.getString(2)));
		}
		return this.byId;
	}

	/** Per type and "all": {MRR, nDCG@5}; null settings: the keyword leg alone. */
	private static Map<String, List<Double>> figures(List<Legs> legs, Settings settings) {
		Map<String, double[]> sums = new LinkedHashMap<>();
		for (Legs leg : legs) {
			List<String> ranked = (settings == null) ? leg.keyword() : fuse(leg, settings);
			ranked = ranked.subList(0, Math.min(PAGE, ranked.size()));
			double rr = RankingMetrics.reciprocalRank(ranked, leg.judged().grades());
			double ndcg = RankingMetrics.ndcg(NDCG_DEPTH, ranked, leg.judged().grades());
			for (String key : List.of(leg.judged().type(), "all")) {
				double[] sum = sums.computeIfAbsent(key, x -> new double[3]);
				sum[0] += rr;
				sum[1] += ndcg;
				sum[2]++;
			}
		}
		Map<String, List<Double>> figures = new LinkedHashMap<>();
		sums.forEach((key, sum) -> figures.put(key, List.of(sum[0] / sum[2], sum[1] / sum[2])));
		return figures;
	}

	private static List<String> fuse(Legs leg, Settings settings) {
		if (leg.keyword().isEmpty()) {
			return leg.semantic();
		}
		List<String> semantic = leg.semantic();
		float keywordWeight = 1f;
		float semanticWeight = settings.strictSemantic();
		if (leg.relaxed()) {
			keywordWeight = settings.relaxedKeyword();
			semanticWeight = 1f;
		}
		else if (!settings.strictFusesAll()) {
			Set<String> found = Set.copyOf(leg.keyword());
			semantic = semantic.stream().filter(ref -> !found.contains(ref)).toList();
		}
		Map<String, Float> scores = new LinkedHashMap<>();
		int rank = 1;
		for (String ref : leg.keyword()) {
			scores.merge(ref, keywordWeight / (settings.k() + rank++), Float::sum);
		}
		rank = 1;
		for (String ref : semantic) {
			scores.merge(ref, semanticWeight / (settings.k() + rank++), Float::sum);
		}
		List<String> ordered = new ArrayList<>(new LinkedHashSet<>(scores.keySet()));
		ordered.sort((a, b) -> Float.compare(scores.get(b), scores.get(a)));
		return ordered;
	}

}
