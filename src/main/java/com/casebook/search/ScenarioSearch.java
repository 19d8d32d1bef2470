package com.casebook.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.casebook.scenario.Scenario;
import com.casebook.scenario.ScenarioStatus;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;

/**
 * Full-text search over published scenarios. Only published scenarios are ever returned,
 * whatever the caller asks for: the status filter is added here and nowhere else.
 */
@Service
public class ScenarioSearch {

	static final String[] TEXT_FIELDS = { "title", "labels", "situation", "solutions.actions", "solutions.effect",
			"solutions.prevention" };

	private static final int MAX_FACET_VALUES = 50;

	/** "Most of the words" when not all match: half, rounded down, and at least one. */
	private static final int MOST_WORDS_PERCENT = 50;

	private final IndexOnlyQueries index;

	private final EmptyResultAdvisor advisor;

	ScenarioSearch(IndexOnlyQueries index, EmptyResultAdvisor advisor) {
		this.index = index;
		this.advisor = advisor;
	}

	public SearchResults search(String text, int page, int size) {
		return search(SearchQuery.of(text, page, size));
	}

	/**
	 * Every word must match. When that finds nothing, most of the words are enough (a
	 * paraphrase rarely uses all the words of the text it looks for), and the results say
	 * so; when even that finds nothing, the results say what to try instead.
	 */
	public SearchResults search(SearchQuery query) {
		if (query.isBlank()) {
			return SearchResults.empty(query);
		}
		SearchResults exact = run(query, Matching.ALL_WORDS);
		if (exact.total() > 0 || query.text().isEmpty()) {
			return exact;
		}
		SearchResults relaxed = run(query, Matching.MOST_WORDS);
		if (relaxed.total() > 0) {
			return relaxed;
		}
		return new SearchResults(query, 0, List.of(), exact.facets(), this.advisor.adviseOn(query, this::count), false);
	}

	/** How strictly the words of a query have to match. */
	enum Matching {

		ALL_WORDS, MOST_WORDS

	}

	private SearchResults run(SearchQuery query, Matching matching) {
		return this.index.run(session -> run(session, query, matching));
	}

	private SearchResults run(SearchSession session, SearchQuery query, Matching matching) {
		Map<SearchFacet, AggregationKey<Map<Long, Long>>> facetKeys = new EnumMap<>(SearchFacet.class);
		for (SearchFacet facet : SearchFacet.values()) {
			if (facet.isIdFacet()) {
				facetKeys.put(facet, AggregationKey.of(facet.field()));
			}
		}
		AggregationKey<Map<Boolean, Long>> adoptedKey = AggregationKey.of(SearchFacet.ADOPTED.field());
		var step = session.search(Scenario.class)
			.select(f -> f.composite(ScenarioSearch::toHit, f.id(Long.class), f.field("title", String.class),
					f.highlight("title"), f.highlight("situation"), f.highlight("solutions.actions"), f.score(),
					f.field(SearchFacet.TAG.field(), Long.class).list(), f.field("appliedCount", Integer.class),
					f.field(SearchFacet.ADOPTED.field(), Boolean.class)))
			.where(f -> matching(f, query.text(), query.filters(), matching))
			.sort(f -> sort(f, query))
			.highlighter(h -> h.fastVector()
				.tag(Snippet.OPEN, Snippet.CLOSE)
				.fragmentSize(120)
				.numberOfFragments(1)
				.noMatchSize(120))
			.highlighter("title",
					h -> h.fastVector().tag(Snippet.OPEN, Snippet.CLOSE).fragmentSize(300).numberOfFragments(1));
		facetKeys.forEach((facet, key) -> step.aggregation(key,
				f -> f.terms().field(facet.field(), Long.class).maxTermCount(MAX_FACET_VALUES)));
		step.aggregation(adoptedKey, f -> f.terms().field(SearchFacet.ADOPTED.field(), Boolean.class));
		SearchResult<SearchHit> result = step.fetch(query.page() * query.size(), query.size());

		Map<SearchFacet, Map<Long, Long>> counts = new EnumMap<>(SearchFacet.class);
		facetKeys.forEach((facet, key) -> counts.put(facet, result.aggregation(key)));
		long adopted = result.aggregation(adoptedKey).getOrDefault(Boolean.TRUE, 0L);
		return new SearchResults(query, result.total().hitCount(), result.hits(), new FacetCounts(counts, adopted),
				EmptyResultHelp.NONE, matching == Matching.MOST_WORDS);
	}

	/** How many published scenarios a query would find, without loading any of them. */
	public long count(String text, SearchFilters filters) {
		if (text.isBlank() && filters.isEmpty()) {
			return 0;
		}
		return this.index.run(session -> session.search(Scenario.class)
			.where(f -> matching(f, text.strip(), filters, Matching.ALL_WORDS))
			.fetchTotalHitCount());
	}

	static PredicateFinalStep matching(SearchPredicateFactory f, String text, SearchFilters filters,
			Matching matching) {
		var bool = f.bool().filter(f.match().field("status").matching(ScenarioStatus.PUBLISHED));
		bool.must(text.isEmpty() ? f.matchAll().toPredicate() : textMatches(f, text, matching));
		for (SearchFacet facet : SearchFacet.values()) {
			for (Long id : filters.ids(facet)) {
				bool.filter(f.match().field(facet.field()).matching(id));
			}
		}
		if (filters.adoptedOnly()) {
			bool.filter(f.match().field(SearchFacet.ADOPTED.field()).matching(true));
		}
		return bool;
	}

	/**
	 * A hit in any of the three analyses of the texts counts; Chinese words weigh most,
	 * the title more than the rest.
	 */
	static SearchPredicate textMatches(SearchPredicateFactory f, String query, Matching matching) {
		return f
			.or(fields(f, "", 2f, query, matching), fields(f, "_bigram", 1f, query, matching),
					fields(f, "_en", 1f, query, matching))
			.toPredicate();
	}

	private static SearchPredicate fields(SearchPredicateFactory f, String suffix, float weight, String query,
			Matching matching) {
		var step = f.simpleQueryString().field("title" + suffix).boost(3f * weight);
		for (int i = 1; i < TEXT_FIELDS.length; i++) {
			step = step.field(TEXT_FIELDS[i] + suffix).boost(weight);
		}
		var options = step.matching(query);
		if (matching == Matching.ALL_WORDS) {
			return options.defaultOperator(BooleanOperator.AND).toPredicate();
		}
		return options.defaultOperator(BooleanOperator.OR).minimumShouldMatchPercent(MOST_WORDS_PERCENT).toPredicate();
	}

	private static SortFinalStep sort(SearchSortFactory f, SearchQuery query) {
		switch (query.sort()) {
			case NEWEST:
				return f.field("publishedAt").desc().then().score();
			case MOST_APPLIED:
				return f.field("appliedCount").desc().then().score().then().field("publishedAt").desc();
			default:
				return f.score().then().field("publishedAt").desc();
		}
	}

	@SuppressWarnings("unchecked")
	private static SearchHit toHit(List<?> row) {
		String title = (String) row.get(1);
		List<String> titleHighlights = (List<String>) row.get(2);
		String titleHtml = titleHighlights.isEmpty() ? Snippet.toSafeHtml(title)
				: Snippet.toSafeHtml(titleHighlights.get(0));
		String snippet = bestSnippet((List<String>) row.get(3), (List<String>) row.get(4));
		Integer applied = (Integer) row.get(7);
		return new SearchHit((Long) row.get(0), title, titleHtml, snippet, (Float) row.get(5), (List<Long>) row.get(6),
				applied == null ? 0 : applied, Boolean.TRUE.equals(row.get(8)));
	}

	/**
	 * The situation, unless only a solution holds the words: then the solution says why
	 * it matched.
	 */
	private static String bestSnippet(List<String> situation, List<String> actions) {
		boolean situationMatched = situation.stream().anyMatch(s -> s.contains(Snippet.OPEN));
		if (!situationMatched) {
			for (String fragment : actions) {
				if (fragment.contains(Snippet.OPEN)) {
					return Snippet.toSafeHtml(fragment);
				}
			}
		}
		return situation.isEmpty() ? "" : Snippet.toSafeHtml(situation.get(0));
	}

}
