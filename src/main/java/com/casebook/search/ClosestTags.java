package com.casebook.search;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.casebook.taxonomy.TagView;

/**
 * Ranks tags by how much of a query's text they share, letter pairs and Chinese
 * characters alike (Dice coefficient over character bigrams and single characters). Tags
 * are few, so this runs over all of them in memory, and it finds 缺货 for 缺了货 or "refunds"
 * for "refund" where the index finds nothing.
 */
final class ClosestTags {

	private static final double MIN_SIMILARITY = 0.3;

	private ClosestTags() {
	}

	/** Each word of the query is compared on its own: one close word is enough. */
	static List<TagView> rank(String query, List<TagView> tags, int limit) {
		List<Set<String>> words = Stream.of(QueryText.normalize(query).split(" "))
			.map(ClosestTags::grams)
			.filter(grams -> !grams.isEmpty())
			.toList();
		if (words.isEmpty()) {
			return List.of();
		}
		return tags.stream()
			.map(tag -> Map.entry(tag, words.stream().mapToDouble(word -> similarity(word, tag)).max().orElse(0)))
			.filter(entry -> entry.getValue() >= MIN_SIMILARITY)
			.sorted(Map.Entry.<TagView, Double>comparingByValue(Comparator.reverseOrder()))
			.limit(limit)
			.map(Map.Entry::getKey)
			.toList();
	}

	private static double similarity(Set<String> queryGrams, TagView tag) {
		return Stream.concat(Stream.of(tag.name().zh(), tag.name().en()), tag.synonyms().stream())
			.filter(name -> name != null && !name.isBlank())
			.mapToDouble(name -> dice(queryGrams, grams(QueryText.normalize(name))))
			.max()
			.orElse(0);
	}

	private static double dice(Set<String> a, Set<String> b) {
		if (b.isEmpty()) {
			return 0;
		}
		Set<String> shared = new HashSet<>(a);
		shared.retainAll(b);
		return 2.0 * shared.size() / (a.size() + b.size());
	}

	/** Single Han characters carry meaning on their own; Latin letters only in pairs. */
	static Set<String> grams(String text) {
		Set<String> grams = new HashSet<>();
		String compact = text.replace(" ", "");
		for (int i = 0; i < compact.length(); i++) {
			char c = compact.charAt(i);
			if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
				grams.add(String.valueOf(c));
			}
			if (i + 1 < compact.length()) {
				grams.add(compact.substring(i, i + 2));
			}
		}
		return grams;
	}

}
