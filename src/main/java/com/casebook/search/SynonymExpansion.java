package com.casebook.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The query synonyms at one moment, as rules "phrase → replacement" (a two-way synonym is
 * two rules), and what they make of a query: the query itself, then the same query with a
 * phrase replaced by what it stands for, for every rule that applies. Immutable; a change
 * to the synonyms builds a new one.
 * <p>
 * A Chinese phrase is found anywhere in the query (Chinese has no spaces: 退钱 in 客户要退钱); a
 * phrase that starts or ends with a Latin letter or digit only as a whole word (ai in
 * "email" is no match). A phrase excluded with {@code -} stays as typed.
 */
final class SynonymExpansion {

	static final SynonymExpansion NONE = new SynonymExpansion(List.of());

	/**
	 * Alternatives of one query at most, the query included, however many rules apply.
	 */
	static final int MAX_ALTERNATIVES = 6;

	private final List<Rule> rules;

	SynonymExpansion(List<QuerySynonym> synonyms) {
		List<Rule> rules = new ArrayList<>();
		for (QuerySynonym synonym : synonyms) {
			rules.add(new Rule(synonym.phrase(), synonym.replacement()));
			if (synonym.twoWay()) {
				rules.add(new Rule(synonym.replacement(), synonym.phrase()));
			}
		}
		// the longest phrase first: 快递晚到 before 晚到
		rules.sort(Comparator.comparingInt((Rule rule) -> rule.phrase().length()).reversed());
		this.rules = List.copyOf(rules);
	}

	/**
	 * The query as typed first, then its alternatives (normalized as queries are, the
	 * replacement a word of its own); only the query when no rule applies.
	 */
	List<String> alternatives(String query) {
		if (this.rules.isEmpty() || query.isBlank()) {
			return List.of(query);
		}
		String normalized = QueryText.normalize(query);
		Set<String> variants = new LinkedHashSet<>();
		variants.add(normalized);
		for (Rule rule : this.rules) {
			for (String variant : List.copyOf(variants)) {
				if (variants.size() >= MAX_ALTERNATIVES) {
					break;
				}
				String replaced = rule.apply(variant);
				if (replaced != null) {
					variants.add(replaced);
				}
			}
		}
		variants.remove(normalized);
		if (variants.isEmpty()) {
			return List.of(query);
		}
		List<String> alternatives = new ArrayList<>(variants.size() + 1);
		alternatives.add(query);
		alternatives.addAll(variants);
		return alternatives;
	}

	boolean isEmpty() {
		return this.rules.isEmpty();
	}

	private record Rule(String phrase, String replacement) {

		/** The text with every occurrence of the phrase replaced, or null if none. */
		String apply(String text) {
			StringBuilder result = new StringBuilder();
			int copied = 0;
			int at = text.indexOf(this.phrase);
			while (at >= 0) {
				int end = at + this.phrase.length();
				if (isWhole(text, at, end)) {
					result.append(text, copied, at).append(' ').append(this.replacement).append(' ');
					copied = end;
				}
				at = text.indexOf(this.phrase, Math.max(at + 1, copied));
			}
			boolean replaced = copied > 0;
			if (!replaced) {
				return null;
			}
			result.append(text, copied, text.length());
			return result.toString().replaceAll("\\s+", " ").strip();
		}

		private static boolean isWhole(String text, int start, int end) {
			if (start > 0 && text.charAt(start - 1) == '-') {
				return false;
			}
			boolean startJoins = start > 0 && isLatinWordChar(text.charAt(start))
					&& isLatinWordChar(text.charAt(start - 1));
			boolean endJoins = end < text.length() && isLatinWordChar(text.charAt(end - 1))
					&& isLatinWordChar(text.charAt(end));
			return !startJoins && !endJoins;
		}

		/** A letter or digit of an alphabet written with spaces between words. */
		private static boolean isLatinWordChar(char c) {
			return Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
		}

	}

}
