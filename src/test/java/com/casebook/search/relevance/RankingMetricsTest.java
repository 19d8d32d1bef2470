package com.casebook.search.relevance;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RankingMetricsTest {

	private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 2, "c", 1);

	@Test
	void reciprocalRankCountsOnlyHitsGradedTwoOrMore() {
		assertThat(RankingMetrics.reciprocalRank(List.of("a", "x"), GRADES)).isEqualTo(1.0);
		// "c" is only somewhat related, so the first relevant hit is "b" at rank 3
		assertThat(RankingMetrics.firstRelevantRank(List.of("c", "x", "b"), GRADES)).isEqualTo(3);
		assertThat(RankingMetrics.reciprocalRank(List.of("c", "x", "b"), GRADES)).isCloseTo(1 / 3.0, within(1e-9));
		assertThat(RankingMetrics.reciprocalRank(List.of("c", "x"), GRADES)).isZero();
		assertThat(RankingMetrics.reciprocalRank(List.of(), GRADES)).isZero();
	}

	@Test
	void ndcgIsOneForTheIdealOrderAndZeroWithoutRelevantHits() {
		assertThat(RankingMetrics.ndcg(5, List.of("a", "b", "c"), GRADES)).isCloseTo(1.0, within(1e-9));
		assertThat(RankingMetrics.ndcg(5, List.of("x", "y"), GRADES)).isZero();
		assertThat(RankingMetrics.ndcg(5, List.of("a"), Map.of())).isZero();
	}

	@Test
	void ndcgMatchesAHandComputedExample() {
		// ranked c, x, a: DCG = 1/log2(2) + 0 + 7/log2(4) = 1 + 3.5 = 4.5
		// ideal a, b, c: 7/1 + 3/log2(3) + 1/log2(4) = 7 + 1.892789 + 0.5 = 9.392789
		assertThat(RankingMetrics.ndcg(5, List.of("c", "x", "a"), GRADES)).isCloseTo(4.5 / 9.392789, within(1e-6));
	}

	@Test
	void ndcgLooksOnlyAtTheFirstKResults() {
		// "a" at rank 6 is outside the top 5: only "c" at rank 1 scores, 1 / 9.392789
		List<String> ranked = List.of("c", "u", "v", "w", "x", "a");
		assertThat(RankingMetrics.ndcg(5, ranked, GRADES)).isCloseTo(1 / 9.392789, within(1e-6));
	}

}
