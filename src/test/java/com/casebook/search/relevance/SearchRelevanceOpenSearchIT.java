package com.casebook.search.relevance;

import com.casebook.search.ScenarioSearch.Ranking;
import com.casebook.search.cluster.OpenSearchCluster;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The judged queries of {@link SearchRelevanceTest} on a real OpenSearch cluster, with
 * the OpenSearch analysis (smartcn plugin, ICU-generated Traditional→Simplified mapping,
 * cjk_bigram, English): its keyword ranking scores within {@link #TOLERANCE} of the
 * embedded Lucene index's on the same corpus. The cluster in the tests has no k-NN
 * plugin, so the keyword ranking is all there is (the semantic leg degrades to nothing);
 * both figures are in docs/search.md. Its own database and its own index names, so the
 * numbers do not depend on what other tests create.
 */
@SpringBootTest(properties = { "casebook.data-dir=target/test-data/opensearch-relevance", "casebook.db.fresh=true",
		"casebook.search.index-prefix=relevance-" })
@ActiveProfiles("test")
@ContextConfiguration(initializers = OpenSearchCluster.Initializer.class)
class SearchRelevanceOpenSearchIT extends RelevanceMeasurement {

	/**
	 * The keyword ranking on the embedded Lucene index, measured by
	 * {@link SearchRelevanceTest} ({@code target/relevance/casebook-keyword.md}; 99
	 * queries).
	 */
	static final double LUCENE_KEYWORD_MRR = 0.865;

	static final double LUCENE_KEYWORD_NDCG = 0.818;

	/** How far OpenSearch's figures may lie from Lucene's (issue 16). */
	static final double TOLERANCE = 0.03;

	@Override
	String configurationName() {
		return "opensearch";
	}

	@Test
	void theKeywordRankingScoresAsOnTheEmbeddedIndex() {
		Measurement measurement = measurement(Ranking.KEYWORD);
		assertThat(measurement.results()).hasSize(JudgedQuery.all().size());
		assertThat(measurement.meanReciprocalRank()).as("MRR").isCloseTo(LUCENE_KEYWORD_MRR, within(TOLERANCE));
		assertThat(measurement.meanNdcg()).as("nDCG@5").isCloseTo(LUCENE_KEYWORD_NDCG, within(TOLERANCE));
	}

	@Test
	void traditionalQueriesGiveTheSameResultsAsTheirSimplifiedTwins() {
		for (JudgedQuery judged : JudgedQuery.all()) {
			if (judged.simplifiedTwin() != null) {
				assertThat(refs(judged.query(), Ranking.KEYWORD))
					.as("%s vs %s", judged.query(), judged.simplifiedTwin())
					.isNotEmpty()
					.containsExactlyElementsOf(refs(judged.simplifiedTwin(), Ranking.KEYWORD));
			}
		}
	}

}
