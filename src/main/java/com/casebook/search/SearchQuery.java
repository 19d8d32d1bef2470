package com.casebook.search;

/**
 * What a person asked for: words (may be empty when only facets are chosen), facet
 * filters, an order and a page.
 */
public record SearchQuery(String text, SearchFilters filters, SearchSort sort, int page, int size) {

	public static final int MAX_PAGE_SIZE = 100;

	/**
	 * How deep anyone may page: collecting a page means ranking every hit before it, so a
	 * page number from a hand-written URL must not make the index rank millions.
	 */
	public static final int MAX_RESULT_WINDOW = 10_000;

	public SearchQuery {
		text = text == null ? "" : text.strip();
		filters = filters == null ? SearchFilters.none() : filters;
		sort = sort == null ? SearchSort.RELEVANCE : sort;
		size = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
		page = Math.min(Math.max(page, 0), MAX_RESULT_WINDOW / size - 1);
	}

	public static SearchQuery of(String text, int page, int size) {
		return new SearchQuery(text, SearchFilters.none(), SearchSort.RELEVANCE, page, size);
	}

	/** Nothing typed and nothing chosen: there is nothing to search for. */
	public boolean isBlank() {
		return this.text.isEmpty() && this.filters.isEmpty();
	}

	public SearchQuery withFilters(SearchFilters filters) {
		return new SearchQuery(this.text, filters, this.sort, 0, this.size);
	}

}
