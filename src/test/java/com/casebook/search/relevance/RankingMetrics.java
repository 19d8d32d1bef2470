package com.casebook.search.relevance;

import java.util.List;
import java.util.Map;

/**
 * Ranking metrics over graded judgments (3 = the scenario asked for, 2 = strongly
 * related, 1 = somewhat related, unjudged = 0).
 * <ul>
 * <li>Reciprocal rank: 1 / the rank of the first result graded 2 or more, 0 when there is
 * none in the list. A grade-1 hit does not count: an agent under time pressure who opens
 * only a loosely related scenario has not been helped.</li>
 * <li>nDCG@k: DCG of the first k results, with gain 2^grade − 1 and discount log2(rank +
 * 1), divided by the DCG of the best possible ordering of all judged scenarios. The
 * exponential gain makes finding the grade-3 scenario count much more than finding
 * related ones.</li>
 * </ul>
 */
public final class RankingMetrics {

	/** Lowest grade that counts as a relevant hit for the reciprocal rank. */
	public static final int RELEVANT = 2;

	private RankingMetrics() {
	}

	/**
	 * 1-based rank of the first result graded {@link #RELEVANT} or more, or 0 when none
	 * is.
	 */
	public static int firstRelevantRank(List<String> ranked, Map<String, Integer> grades) {
		for (int i = 0; i < ranked.size(); i++) {
			if (grades.getOrDefault(ranked.get(i), 0) >= RELEVANT) {
				return i + 1;
			}
		}
		return 0;
	}

	public static double reciprocalRank(List<String> ranked, Map<String, Integer> grades) {
		int rank = firstRelevantRank(ranked, grades);
		return rank == 0 ? 0 : 1.0 / rank;
	}

	public static double ndcg(int k, List<String> ranked, Map<String, Integer> grades) {
		double ideal = dcg(grades.values().stream().sorted((a, b) -> b - a).limit(k).toList());
		if (ideal == 0) {
			return 0;
		}
		List<Integer> actual = ranked.stream().limit(k).map(ref -> grades.getOrDefault(ref, 0)).toList();
		return dcg(actual) / ideal;
	}

	private static double dcg(List<Integer> gradesInRankOrder) {
		double sum = 0;
		for (int i = 0; i < gradesInRankOrder.size(); i++) {
			sum += (Math.pow(2, gradesInRankOrder.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
		}
		return sum;
	}

}
