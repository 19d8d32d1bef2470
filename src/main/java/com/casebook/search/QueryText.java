package com.casebook.search;

import java.text.Normalizer;
import java.util.Locale;

import com.ibm.icu.text.Transliterator;

/**
 * The form of a query that counts as "the same query" in the log and when comparing with
 * tag names: full-width folded (NFKC), Traditional folded to Simplified, lower case,
 * control characters (a NUL pasted into the box) and runs of white space as single
 * spaces.
 */
public final class QueryText {

	private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

	private static final int MAX_LENGTH = 200;

	private QueryText() {
	}

	public static String normalize(String query) {
		if (query == null) {
			return "";
		}
		String folded = Normalizer.normalize(query, Normalizer.Form.NFKC);
		folded = TO_SIMPLIFIED.transliterate(folded)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[\\p{Cntrl}\\s]+", " ")
			.strip();
		return folded.length() > MAX_LENGTH ? folded.substring(0, MAX_LENGTH) : folded;
	}

}
