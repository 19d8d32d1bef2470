package com.casebook.search;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.casebook.scenario.Scenario;
import com.casebook.scenario.ScenarioStatus;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.taxonomy.TagView;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.springframework.stereotype.Service;

/**
 * Search-as-you-type for the header box: titles of published scenarios and tags that fit
 * what has been typed so far. The last word is usually unfinished, so it is also matched
 * as a prefix (a lone 缺 matches the pair 缺货 in the bigram field); whole words rank first.
 */
@Service
public class ScenarioSuggestions {

	private static final int MAX_TITLES = 6;

	private static final int MAX_TAGS = 4;

	private final IndexOnlyQueries index;

	private final Taxonomy taxonomy;

	ScenarioSuggestions(IndexOnlyQueries index, Taxonomy taxonomy) {
		this.index = index;
		this.taxonomy = taxonomy;
	}

	public Suggestions suggest(String typed) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			return new Suggestions(List.of(), List.of());
		}
		return new Suggestions(titles(text), tags(text));
	}

	private List<Suggestions.Title> titles(String text) {
		String prefix = lastWordAsPrefix(text);
		return this.index.run(session -> session.search(Scenario.class)
			.select(f -> f.composite(row -> new Suggestions.Title((Long) row.get(0), (String) row.get(1)),
					f.id(Long.class), f.field("title", String.class)))
			.where(f -> f.bool()
				.filter(f.match().field("status").matching(ScenarioStatus.PUBLISHED))
				.should(f.simpleQueryString()
					.fields("title", "title_bigram", "title_en")
					.matching(text)
					.defaultOperator(BooleanOperator.AND)
					.boost(4f))
				.should(f.simpleQueryString()
					.fields("title_bigram", "title_en", "labels_bigram")
					.matching(text)
					.defaultOperator(BooleanOperator.OR))
				.should(f.wildcard().fields("title_bigram", "title_en").matching(prefix + "*").boost(2f))
				.minimumShouldMatchNumber(1))
			.fetchHits(MAX_TITLES));
	}

	private List<TagView> tags(String text) {
		String wanted = QueryText.normalize(text);
		return this.taxonomy.pickableTags()
			.stream()
			.filter(tag -> names(tag).anyMatch(name -> name.contains(wanted)))
			.sorted((a, b) -> Boolean.compare(startsWith(b, wanted), startsWith(a, wanted)))
			.limit(MAX_TAGS)
			.toList();
	}

	private static boolean startsWith(TagView tag, String wanted) {
		return names(tag).anyMatch(name -> name.startsWith(wanted));
	}

	private static Stream<String> names(TagView tag) {
		return Stream.concat(Stream.of(tag.name().zh(), tag.name().en()), tag.synonyms().stream())
			.filter(n -> n != null && !n.isBlank())
			.map(QueryText::normalize);
	}

	/**
	 * The unfinished word as the index spells it: Chinese is indexed in pairs, so only
	 * its last character can start one; Latin words are lower case.
	 */
	private static String lastWordAsPrefix(String text) {
		String normalized = QueryText.normalize(text);
		String last = normalized.substring(normalized.lastIndexOf(' ') + 1);
		int lastChar = last.codePointBefore(last.length());
		if (Character.UnicodeScript.of(lastChar) == Character.UnicodeScript.HAN) {
			return new String(Character.toChars(lastChar));
		}
		return last.replaceAll("[*?\\\\]", "").toLowerCase(Locale.ROOT);
	}

}
