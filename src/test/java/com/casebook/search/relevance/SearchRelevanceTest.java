package com.casebook.search.relevance;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranking quality of the real search over the demo corpus, scored against the graded judgments
 * in {@code relevance/judgments.tsv}. The floors sit a little under what was measured (see
 * docs/search.md): a change to analysis, mapping or query that makes ranking clearly worse fails
 * here, while a better ranking is free to raise them.
 */
// a mock web environment, not NONE: the security configuration needs a web application
@SpringBootTest(properties = { "casebook.data-dir=target/test-data/relevance", "casebook.db.fresh=true" })
@ActiveProfiles("test")
class SearchRelevanceTest extends RelevanceMeasurement {

	// measured 0.798 and 0.715 (57 queries); floors are the measurement minus 0.05, rounded down
	static final double MRR_FLOOR = 0.74;

	static final double NDCG_FLOOR = 0.66;

	/** Per query type, {MRR floor, nDCG@5 floor}, set the same way. */
	static final Map<String, double[]> TYPE_FLOORS = Map.of(
			"chinese", new double[] { 0.90, 0.81 }, // measured 0.950, 0.867
			"traditional", new double[] { 0.85, 0.81 }, // measured 0.900, 0.865
			"english", new double[] { 0.85, 0.67 }, // measured 0.900, 0.720
			"mixed", new double[] { 0.83, 0.71 }, // measured 0.889, 0.762
			"paraphrase", new double[] { 0.01, 0.03 }); // measured 0.063, 0.089: words not in the text

	/**
	 * Twins whose result lists are known to differ. Remove an entry once the engine treats both
	 * scripts alike: until then only the judged scenarios must come back in the same order.
	 * <p>
	 * Both differ through the "_en" fields: the English analyzer indexes Chinese as single
	 * characters and does not fold Traditional. So 预测 also matches demo-002 (预 in 预计, 测 in
	 * 测验) and 质检 also matches demo-009, while 預測 and 質檢 match nothing there. The extra hits are
	 * noise, so the Traditional lists are the better ones.
	 */
	static final Set<String> KNOWN_DIFFERENT_TWINS = Set.of("排班 預測", "質檢");

	@Override
	String configurationName() {
		return "casebook";
	}

	@Test
	void meanReciprocalRankAndNdcgStayAboveTheMeasuredFloor() {
		Measurement measurement = measurement();
		assertThat(measurement.meanReciprocalRank()).as("MRR").isGreaterThanOrEqualTo(MRR_FLOOR);
		assertThat(measurement.meanNdcg()).as("nDCG@5").isGreaterThanOrEqualTo(NDCG_FLOOR);
	}

	@Test
	void everyQueryTypeStaysAboveItsMeasuredFloor() {
		measurement().byType().forEach((type, results) -> {
			double[] floors = TYPE_FLOORS.get(type);
			assertThat(floors).as("floors for query type %s", type).isNotNull();
			assertThat(Measurement.mean(results, QueryResult::reciprocalRank)).as("MRR of %s queries", type)
				.isGreaterThanOrEqualTo(floors[0]);
			assertThat(Measurement.mean(results, QueryResult::ndcg)).as("nDCG@5 of %s queries", type)
				.isGreaterThanOrEqualTo(floors[1]);
		});
	}

	@Test
	void traditionalQueriesGiveTheSameResultsAsTheirSimplifiedTwins() {
		List<JudgedQuery> twins = JudgedQuery.all().stream().filter(judged -> judged.simplifiedTwin() != null).toList();
		assertThat(twins).hasSizeGreaterThanOrEqualTo(5);
		for (JudgedQuery judged : twins) {
			List<String> traditional = refs(judged.query());
			List<String> simplified = refs(judged.simplifiedTwin());
			if (KNOWN_DIFFERENT_TWINS.contains(judged.query())) {
				traditional = judgedOnly(traditional, judged);
				simplified = judgedOnly(simplified, judged);
			}
			assertThat(traditional).as("%s vs %s", judged.query(), judged.simplifiedTwin())
				.isNotEmpty()
				.containsExactlyElementsOf(simplified);
		}
	}

	private static List<String> judgedOnly(List<String> refs, JudgedQuery judged) {
		return refs.stream().filter(judged.grades()::containsKey).toList();
	}

}
