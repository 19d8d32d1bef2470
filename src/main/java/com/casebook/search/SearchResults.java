package com.casebook.search;

import java.util.List;

/**
 * One page of results with the facet counts of the whole result set. {@code relaxed} says
 * that no scenario had all the words, so these have most of them; when nothing matches at
 * all, {@code fallback} says what to try instead.
 */
public record SearchResults(SearchQuery query, long total, List<SearchHit> hits, FacetCounts facets,
		EmptyResultHelp fallback, boolean relaxed) {

	public static SearchResults empty(SearchQuery query) {
		return new SearchResults(query, 0, List.of(), FacetCounts.NONE, EmptyResultHelp.NONE, false);
	}

	public int page() {
		return this.query.page();
	}

	public int totalPages() {
		return (int) Math.min(Integer.MAX_VALUE, (this.total + this.query.size() - 1) / this.query.size());
	}

	public boolean isEmpty() {
		return this.hits.isEmpty();
	}

}
