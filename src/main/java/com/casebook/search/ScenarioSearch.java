package com.casebook.search;

import java.util.List;

import jakarta.persistence.EntityManager;

import com.casebook.scenario.Scenario;
import com.casebook.scenario.ScenarioStatus;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over published scenarios. Only published scenarios are ever returned,
 * whatever the caller asks for: the status filter is added here and nowhere else.
 */
@Service
@Transactional(readOnly = true)
public class ScenarioSearch {

	private static final String[] TEXT_FIELDS = { "title", "labels", "situation", "solutions.actions",
			"solutions.effect", "solutions.prevention" };

	private final EntityManager entityManager;

	ScenarioSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	public SearchResults search(String text, int page, int size) {
		String query = text == null ? "" : text.trim();
		if (query.isEmpty()) {
			return new SearchResults(query, 0, List.of(), page, size);
		}
		SearchResult<List<?>> result = Search.session(this.entityManager)
			.search(Scenario.class)
			.select(f -> f.composite(f.id(Long.class), f.field("title", String.class), f.highlight("title"),
					f.highlight("situation"), f.score()))
			.where(f -> f.bool()
				.filter(f.match().field("status").matching(ScenarioStatus.PUBLISHED))
				.must(textMatches(f, query)))
			.highlighter(h -> h.fastVector().tag(Snippet.OPEN, Snippet.CLOSE).fragmentSize(120).numberOfFragments(1)
				.noMatchSize(120))
			.highlighter("title", h -> h.fastVector().tag(Snippet.OPEN, Snippet.CLOSE).fragmentSize(300).numberOfFragments(1))
			.fetch(page * size, size);
		List<SearchHit> hits = result.hits().stream().map(ScenarioSearch::toHit).toList();
		return new SearchResults(query, result.total().hitCount(), hits, page, size);
	}

	/**
	 * A hit in any of the three analyses of the texts counts; Chinese words weigh most, the title
	 * more than the rest.
	 */
	private static SearchPredicate textMatches(SearchPredicateFactory f, String query) {
		return f.or(fields(f, "", 2f, query), fields(f, "_bigram", 1f, query), fields(f, "_en", 1f, query))
			.toPredicate();
	}

	private static SearchPredicate fields(SearchPredicateFactory f, String suffix, float weight, String query) {
		var step = f.simpleQueryString().field("title" + suffix).boost(3f * weight);
		for (int i = 1; i < TEXT_FIELDS.length; i++) {
			step = step.field(TEXT_FIELDS[i] + suffix).boost(weight);
		}
		return step.matching(query).defaultOperator(BooleanOperator.AND).toPredicate();
	}

	@SuppressWarnings("unchecked")
	private static SearchHit toHit(List<?> row) {
		String title = (String) row.get(1);
		List<String> titleHighlights = (List<String>) row.get(2);
		List<String> situationHighlights = (List<String>) row.get(3);
		String titleHtml = titleHighlights.isEmpty() ? Snippet.toSafeHtml(title)
				: Snippet.toSafeHtml(titleHighlights.get(0));
		String snippet = situationHighlights.isEmpty() ? "" : Snippet.toSafeHtml(situationHighlights.get(0));
		return new SearchHit((Long) row.get(0), title, titleHtml, snippet, (Float) row.get(4));
	}

}
