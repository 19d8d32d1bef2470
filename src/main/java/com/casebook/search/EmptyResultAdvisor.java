package com.casebook.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import com.casebook.search.analysis.ChineseAnalyzer;
import com.casebook.taxonomy.Taxonomy;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.springframework.stereotype.Component;

/**
 * Works out what to suggest when a search finds nothing. Every word must match, so a
 * query of several words often fails because of one of them: the words that find
 * something on their own are offered as "did you mean". A query typed as one run of
 * Chinese is split into words first.
 */
@Component
class EmptyResultAdvisor {

	private static final int MAX_TAGS = 6;

	private static final int MAX_WORDS = 6;

	private final Analyzer words = new ChineseAnalyzer();

	private final Taxonomy taxonomy;

	EmptyResultAdvisor(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	EmptyResultHelp adviseOn(SearchQuery query, BiFunction<String, SearchFilters, Long> counter) {
		if (query.text().isEmpty()) {
			return EmptyResultHelp.NONE;
		}
		List<EmptyResultHelp.WordHits> partial = new ArrayList<>();
		for (String word : words(query.text())) {
			long total = counter.apply(word, query.filters());
			if (total > 0) {
				partial.add(new EmptyResultHelp.WordHits(word, total));
			}
		}
		return new EmptyResultHelp(ClosestTags.rank(query.text(), this.taxonomy.pickableTags(), MAX_TAGS), partial);
	}

	private Set<String> words(String text) {
		Set<String> words = new LinkedHashSet<>();
		String[] parts = text.split("\\s+");
		if (parts.length > 1) {
			for (String part : parts) {
				words.add(part);
			}
		}
		else {
			words.addAll(segment(text));
		}
		words.remove(text);
		return words.stream().limit(MAX_WORDS).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private List<String> segment(String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = this.words.tokenStream("advice", new StringReader(text))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (term.length() > 1) {
					tokens.add(term.toString());
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

}
