package com.casebook.search.semantic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges rankings by reciprocal rank fusion: each item scores the sum over the rankings
 * of 1 / (k + its rank). Keyword (BM25) and cosine scores live on different scales, so
 * only the ranks are combined; k = 60 is the usual constant, which keeps one leg's first
 * place from drowning what both legs agree on.
 */
public final class ReciprocalRankFusion {

	static final int K = 60;

	private ReciprocalRankFusion() {
	}

	/**
	 * Items of all the rankings, best first, with their fused score; each ranking's
	 * contributions are multiplied by its weight.
	 */
	public static Map<Long, Float> fuse(List<? extends Collection<Long>> rankings, List<Float> weights) {
		Map<Long, Float> scores = new LinkedHashMap<>();
		for (int i = 0; i < rankings.size(); i++) {
			float weight = weights.get(i);
			int rank = 1;
			for (Long id : rankings.get(i)) {
				scores.merge(id, weight / (K + rank), Float::sum);
				rank++;
			}
		}
		List<Map.Entry<Long, Float>> ordered = new ArrayList<>(scores.entrySet());
		// stable: on a tie, the first ranking's order (the keyword leg's) wins
		ordered.sort(Map.Entry.<Long, Float>comparingByValue().reversed());
		Map<Long, Float> fused = new LinkedHashMap<>();
		ordered.forEach(entry -> fused.put(entry.getKey(), entry.getValue()));
		return fused;
	}

}
