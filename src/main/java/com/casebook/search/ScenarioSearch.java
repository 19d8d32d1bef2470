package com.casebook.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.casebook.scenario.Scenario;
import com.casebook.scenario.ScenarioStatus;
import com.casebook.search.semantic.ReciprocalRankFusion;
import com.casebook.search.semantic.SemanticSearch;
import com.casebook.user.FigureCache;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
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

	/** How many of the scenarios nearest in meaning join the words' results. */
	private static final int SEMANTIC_HITS = 10;

	/** Weights of the keyword and the semantic ranking in the fusion. */
	private static final List<Float> STRICT_WEIGHTS = List.of(1f, 0.5f);

	/**
	 * In the relaxed pass the meaning orders the page and the words' other finds follow,
	 * in their order: a larger weight of the words there ranked colloquial queries lower
	 * (FusionSettingsBenchmark, docs/search.md). At 0.01 the words never reorder the
	 * semantic leg's ten hits (adjacent ranks differ by more than 0.01 / 61) but keep
	 * their own hits' scores above zero.
	 */
	private static final List<Float> RELAXED_WEIGHTS = List.of(0.01f, 1f);

	/**
	 * Weight of a query with a synonym in place of its phrase, against the query as typed
	 * (measured: docs/search.md).
	 */
	static final float SYNONYM_WEIGHT = 1f;

	private final IndexOnlyQueries index;

	private final EmptyResultAdvisor advisor;

	private final ObjectProvider<SemanticSearch> semantic;

	private final QuerySynonyms synonyms;

	private final LuceneIndex lucene;

	private final SearchBackend backend;

	/**
	 * Results of recent searches, for as long as the index and the synonyms stay as they
	 * were (30 s at most). The same words come back (people page through one list, open a
	 * hit and come back, share a search link), and a query on common words is the most
	 * expensive thing a page does: on 100,000 scenarios, 排班 预测 matches tens of thousands,
	 * each scored and counted into the facets. A write replaces a segment's reader, so a
	 * search after it never sees an older answer. How many are kept is
	 * {@code casebook.search.remembered-results} (500; 0 turns the memory off, as the
	 * scale benchmark does to time the search itself).
	 */
	private final FigureCache<Remembered, SearchResults> recent;

	ScenarioSearch(IndexOnlyQueries index, EmptyResultAdvisor advisor, ObjectProvider<SemanticSearch> semantic,
			QuerySynonyms synonyms, LuceneIndex lucene, SearchBackend backend,
			@Value("${casebook.search.remembered-results:500}") int remembered) {
		this.recent = (remembered > 0) ? new FigureCache<>(remembered) : null;
		this.lucene = lucene;
		this.backend = backend;
		this.index = index;
		this.advisor = advisor;
		this.semantic = semantic;
		this.synonyms = synonyms;
	}

	public SearchResults search(String text, int page, int size) {
		return search(SearchQuery.of(text, page, size));
	}

	public SearchResults search(SearchQuery query) {
		return search(query, Ranking.HYBRID);
	}

	/**
	 * Every word must match. When that finds nothing, most of the words are enough (a
	 * paraphrase rarely uses all the words of the text it looks for), and the results say
	 * so; when even that finds nothing, the results say what to try instead. The
	 * scenarios whose meaning is nearest the query's are fused in (see {@link Ranking}).
	 */
	public SearchResults search(SearchQuery query, Ranking ranking) {
		return search(query, ranking, Highlights.TITLE_AND_SNIPPET);
	}

	/**
	 * As {@link #search(SearchQuery)}, marking only what the caller shows: the API
	 * answers the plain title, so it asks for {@link Highlights#SNIPPET} and its hits
	 * carry the title unmarked in {@link SearchHit#titleHtml()}.
	 */
	public SearchResults search(SearchQuery query, Highlights highlights) {
		return search(query, Ranking.HYBRID, highlights);
	}

	private SearchResults search(SearchQuery query, Ranking ranking, Highlights highlights) {
		if (query.isBlank()) {
			return SearchResults.empty(query);
		}
		Object pointInTime = (this.recent != null && this.backend.isLucene()) ? this.lucene.pointInTime() : null;
		if (pointInTime == null) {
			return answer(query, ranking, highlights);
		}
		// an empty answer is cheap, and its advice comes from the taxonomy, which changes
		// without the index
		return this.recent.get(new Remembered(query, ranking, highlights, pointInTime, this.synonyms.version()),
				() -> answer(query, ranking, highlights), results -> results.total() > 0);
	}

	private record Remembered(SearchQuery query, Ranking ranking, Highlights highlights, Object pointInTime,
			Object synonyms) {
	}

	private SearchResults answer(SearchQuery query, Ranking ranking, Highlights highlights) {
		SearchResults results = this.index.run(session -> search(session, query, ranking, highlights));
		if (results != null) {
			return results;
		}
		SearchResults exact = this.index.run(session -> run(session, query, Matching.ALL_WORDS, Map.of(), highlights));
		return new SearchResults(query, 0, List.of(), exact.facets(), this.advisor.adviseOn(query, this::count), false);
	}

	/** The results, or null when neither the words nor the meaning find anything. */
	private SearchResults search(SearchSession session, SearchQuery query, Ranking ranking, Highlights highlights) {
		Map<Long, Float> nearest = (ranking == Ranking.KEYWORD) ? Map.of() : nearest(session, query);
		if (ranking == Ranking.VECTOR) {
			return run(session, query, Matching.NONE, nearest, highlights);
		}
		if (nearest.isEmpty() && !query.text().isEmpty()) {
			// without the semantic leg the query itself tells whether every word matched:
			// no separate count first
			SearchResults all = run(session, query, Matching.ALL_WORDS, nearest, highlights);
			if (all.total() > 0) {
				return all;
			}
		}
		else if (query.text().isEmpty() || count(session, query, Matching.ALL_WORDS) > 0) {
			return run(session, query, Matching.ALL_WORDS, nearest, highlights);
		}
		if (count(session, query, Matching.MOST_WORDS) > 0) {
			return run(session, query, Matching.MOST_WORDS, nearest, highlights);
		}
		return nearest.isEmpty() ? null : run(session, query, Matching.NONE, nearest, highlights);
	}

	/**
	 * What the hits mark with the matched words. Each highlighted field of each hit costs
	 * a read of its term vectors, so callers ask only for what they show.
	 */
	public enum Highlights {

		/** The title and the snippet: the search page. */
		TITLE_AND_SNIPPET,
		/** The snippet only; the title is left unmarked: the API. */
		SNIPPET

	}

	/**
	 * Which legs rank the results: the words (BM25), the meaning (the nearest stored
	 * embeddings), or both fused by reciprocal rank. Pages always use both; the others
	 * are there to measure each leg on its own.
	 */
	public enum Ranking {

		KEYWORD, VECTOR, HYBRID

	}

	/** How strictly the words of a query have to match; NONE: the words are not used. */
	enum Matching {

		ALL_WORDS, MOST_WORDS, NONE

	}

	private Map<Long, Float> nearest(SearchSession session, SearchQuery query) {
		SemanticSearch semantic = this.semantic.getIfAvailable();
		if (semantic == null || query.text().isEmpty()) {
			return Map.of();
		}
		return semantic.nearest(session, query.text(), SEMANTIC_HITS,
				f -> matching(f, "", query.filters(), Matching.ALL_WORDS).toPredicate());
	}

	private long count(SearchSession session, SearchQuery query, Matching matching) {
		return session.search(Scenario.class)
			.where(f -> matching(f, query.text(), query.filters(), matching))
			.fetchTotalHitCount();
	}

	private SearchResults run(SearchSession session, SearchQuery query, Matching matching, Map<Long, Float> nearest,
			Highlights highlights) {
		if (matching == Matching.NONE && nearest.isEmpty()) {
			return SearchResults.empty(query);
		}
		Map<SearchFacet, AggregationKey<Map<Long, Long>>> facetKeys = new EnumMap<>(SearchFacet.class);
		for (SearchFacet facet : SearchFacet.values()) {
			if (facet.isIdFacet()) {
				facetKeys.put(facet, AggregationKey.of(facet.field()));
			}
		}
		AggregationKey<Map<Boolean, Long>> adoptedKey = AggregationKey.of(SearchFacet.ADOPTED.field());
		// the fused list's order comes from the fusion, so the page is fetched by id
		// below
		boolean fused = !nearest.isEmpty() && query.sort() == SearchSort.RELEVANCE;
		var step = session.search(Scenario.class)
			.select(f -> row(f, highlights))
			.where(f -> either(f, query, matching, nearest.keySet()))
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
		SearchResult<Row> result = step.fetch(query.page() * query.size(), fused ? 0 : query.size());

		Map<SearchFacet, Map<Long, Long>> counts = new EnumMap<>(SearchFacet.class);
		facetKeys.forEach((facet, key) -> counts.put(facet, result.aggregation(key)));
		long adopted = result.aggregation(adoptedKey).getOrDefault(Boolean.TRUE, 0L);
		List<SearchHit> hits = hits(session, result.hits(), f -> either(f, query, matching, nearest.keySet()));
		List<SearchHit> page = nearest.isEmpty() ? hits
				: fusedPage(session, query, matching, nearest, fused ? null : hits, highlights);
		return new SearchResults(query, result.total().hitCount(), page, new FacetCounts(counts, adopted),
				EmptyResultHelp.NONE, matching == Matching.MOST_WORDS);
	}

	/**
	 * The fusion step. Ranked by relevance, the page is cut from the reciprocal rank
	 * fusion of the keyword ranking (deep enough that no keyword hit beyond it could
	 * outrank the page) and the semantic one; sorted otherwise, the sorted page is kept.
	 * A hit the words did not find has nothing to highlight: it shows its title and the
	 * start of its situation, unmarked.
	 */
	private List<SearchHit> fusedPage(SearchSession session, SearchQuery query, Matching matching,
			Map<Long, Float> nearest, List<SearchHit> sortedPage, Highlights highlights) {
		List<Long> pageIds;
		Map<Long, Float> fusedScores = Map.of();
		if (sortedPage == null) {
			int depth = (query.page() + 1) * query.size() + nearest.size();
			List<Long> keywordRanking = (matching == Matching.NONE) ? List.of()
					: session.search(Scenario.class)
						.select(f -> f.id(Long.class))
						.where(f -> matching(f, query.text(), query.filters(), matching))
						.sort(f -> sort(f, query))
						.fetchHits(depth);
			// when every word matched, the words are the better judge; when only most of
			// them did, the meaning is (measured: docs/search.md)
			fusedScores = ReciprocalRankFusion.fuse(
					List.of(keywordRanking, semanticRanking(matching, keywordRanking, nearest)),
					(matching == Matching.ALL_WORDS) ? STRICT_WEIGHTS : RELAXED_WEIGHTS);
			pageIds = fusedScores.keySet()
				.stream()
				.skip((long) query.page() * query.size())
				.limit(query.size())
				.toList();
		}
		else {
			pageIds = sortedPage.stream().map(SearchHit::id).toList();
		}
		if (pageIds.isEmpty()) {
			return List.of();
		}
		List<Long> semanticOnly = new ArrayList<>(pageIds.stream().filter(nearest::containsKey).toList());
		if (matching != Matching.NONE && !semanticOnly.isEmpty()) {
			semanticOnly.removeAll(session.search(Scenario.class)
				.select(f -> f.id(Long.class))
				.where(f -> f.bool()
					.must(matching(f, query.text(), query.filters(), matching))
					.filter(f.id().matchingAny(semanticOnly)))
				.fetchHits(semanticOnly.size()));
		}
		Map<Long, SearchHit> byId = new HashMap<>();
		List<SearchHit> loaded = (sortedPage != null) ? sortedPage : hits(session, session.search(Scenario.class)
			.select(f -> row(f, highlights))
			.where(f -> f.bool().must(either(f, query, matching, nearest.keySet())).filter(f.id().matchingAny(pageIds)))
			.highlighter(h -> h.fastVector()
				.tag(Snippet.OPEN, Snippet.CLOSE)
				.fragmentSize(120)
				.numberOfFragments(1)
				.noMatchSize(120))
			.highlighter("title",
					h -> h.fastVector().tag(Snippet.OPEN, Snippet.CLOSE).fragmentSize(300).numberOfFragments(1))
			.fetchHits(pageIds.size()), f -> either(f, query, matching, nearest.keySet()));
		loaded.forEach(hit -> byId.put(hit.id(), hit));
		List<SearchHit> page = new ArrayList<>(pageIds.size());
		for (Long id : pageIds) {
			SearchHit hit = byId.get(id);
			if (hit == null) {
				continue;
			}
			float score = fusedScores.getOrDefault(id, hit.score());
			page.add(semanticOnly.contains(id)
					? new SearchHit(id, hit.title(), Snippet.toSafeHtml(hit.title()),
							Snippet.unmarked(hit.snippetHtml()), score, hit.tagIds(), hit.appliedCount(), hit.adopted())
					: new SearchHit(id, hit.title(), hit.titleHtml(), hit.snippetHtml(), score, hit.tagIds(),
							hit.appliedCount(), hit.adopted()));
		}
		return page;
	}

	/**
	 * When every word matched, the words' order is kept (fusing both legs there lowered
	 * the mixed queries' MRR from 1.00 to 0.94: docs/search.md) and the meaning only adds
	 * the scenarios the words missed, after them; when only most of the words matched,
	 * the meaning leads (see {@link #RELAXED_WEIGHTS}).
	 */
	private static List<Long> semanticRanking(Matching matching, List<Long> keywordRanking, Map<Long, Float> nearest) {
		if (matching != Matching.ALL_WORDS) {
			return List.copyOf(nearest.keySet());
		}
		Set<Long> found = Set.copyOf(keywordRanking);
		return nearest.keySet().stream().filter(id -> !found.contains(id)).toList();
	}

	/** The words' matches and the semantic leg's, under the same filters. */
	private PredicateFinalStep either(SearchPredicateFactory f, SearchQuery query, Matching matching,
			Set<Long> nearest) {
		if (nearest.isEmpty()) {
			return matching(f, query.text(), query.filters(), matching);
		}
		var either = f.bool().should(f.id().matchingAny(nearest));
		if (matching != Matching.NONE) {
			either.should(textMatches(f, query.text(), matching));
		}
		return f.bool().must(either).filter(matching(f, "", query.filters(), Matching.ALL_WORDS));
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

	PredicateFinalStep matching(SearchPredicateFactory f, String text, SearchFilters filters, Matching matching) {
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
	 * the title more than the rest. With query synonyms, the query with a synonym in
	 * place of its phrase matches as well, through the same analyses.
	 */
	SearchPredicate textMatches(SearchPredicateFactory f, String query, Matching matching) {
		List<String> alternatives = this.synonyms.alternatives(query);
		if (alternatives.size() == 1) {
			return analyses(f, query, matching, 1f);
		}
		var any = f.bool();
		for (int i = 0; i < alternatives.size(); i++) {
			any.should(analyses(f, alternatives.get(i), matching, (i == 0) ? 1f : SYNONYM_WEIGHT));
		}
		return any.toPredicate();
	}

	private static SearchPredicate analyses(SearchPredicateFactory f, String query, Matching matching, float weight) {
		return f
			.or(fields(f, "", 2f * weight, query, matching), fields(f, "_bigram", weight, query, matching),
					fields(f, "_en", weight, query, matching))
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

	/**
	 * What the page query projects for a hit: its stored fields and the title's and the
	 * situation's marks. A solution's marks are fetched afterwards, and only for the hits
	 * whose situation holds none of the words ({@link #hits}).
	 */
	private record Row(long id, String title, List<String> titleMarks, List<String> situationMarks, float score,
			List<Long> tagIds, int appliedCount, boolean adopted) {

		boolean situationMatched() {
			return this.situationMarks.stream().anyMatch(s -> s.contains(Snippet.OPEN));
		}

		SearchHit toHit(List<String> actionMarks) {
			String titleHtml = (this.titleMarks == null || this.titleMarks.isEmpty()) ? Snippet.toSafeHtml(this.title)
					: Snippet.toSafeHtml(this.titleMarks.get(0));
			return new SearchHit(this.id, this.title, titleHtml, bestSnippet(this.situationMarks, actionMarks),
					this.score, this.tagIds, this.appliedCount, this.adopted);
		}

	}

	@SuppressWarnings("unchecked")
	private static ProjectionFinalStep<Row> row(SearchProjectionFactory<?, ?> f, Highlights highlights) {
		return f.composite(values -> {
			Integer applied = (Integer) values.get(6);
			return new Row((Long) values.get(0), (String) values.get(1), (List<String>) values.get(2),
					(List<String>) values.get(3), (Float) values.get(4), (List<Long>) values.get(5),
					applied == null ? 0 : applied, Boolean.TRUE.equals(values.get(7)));
		}, f.id(Long.class), f.field("title", String.class),
				(highlights == Highlights.TITLE_AND_SNIPPET) ? f.highlight("title") : f.constant(List.of()),
				f.highlight("situation"), f.score(), f.field(SearchFacet.TAG.field(), Long.class).list(),
				f.field("appliedCount", Integer.class), f.field(SearchFacet.ADOPTED.field(), Boolean.class));
	}

	/**
	 * The hits of the rows, in their order. The rows whose situation holds none of the
	 * words take their snippet from a solution: its marks are fetched for them alone, by
	 * the same query narrowed to their ids (one term-vector read per such hit instead of
	 * one per hit).
	 */
	private static List<SearchHit> hits(SearchSession session, List<Row> rows,
			Function<SearchPredicateFactory, PredicateFinalStep> where) {
		List<Long> unmatched = rows.stream().filter(row -> !row.situationMatched()).map(Row::id).toList();
		Map<Long, List<String>> actions = new HashMap<>();
		if (!unmatched.isEmpty()) {
			session.search(Scenario.class)
				.select(f -> f.composite(values -> Map.entry((Long) values.get(0), (List<String>) values.get(1)),
						f.id(Long.class), f.highlight("solutions.actions")))
				.where(f -> f.bool().must(where.apply(f)).filter(f.id().matchingAny(unmatched)))
				.highlighter(h -> h.fastVector()
					.tag(Snippet.OPEN, Snippet.CLOSE)
					.fragmentSize(120)
					.numberOfFragments(1)
					.noMatchSize(120))
				.fetchHits(unmatched.size())
				.forEach(entry -> actions.put(entry.getKey(), entry.getValue()));
		}
		return rows.stream().map(row -> row.toHit(actions.getOrDefault(row.id(), List.of()))).toList();
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
