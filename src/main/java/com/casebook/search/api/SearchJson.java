package com.casebook.search.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** One page of search results for API clients. */
record SearchJson(long total, int page, int size, List<Hit> hits,
		@Schema(description = "per facet (tag, category, channel, businessLine, kpi): values with counts; "
				+ "adopted: the number of results with an adopted solution") Map<String, Object> facets,
		@Schema(description = "true while the search index is being rebuilt: results may be incomplete") boolean rebuilding) {

	record Hit(long id, String title, String url,
			@Schema(description = "HTML-escaped, matches in <mark>") String snippet, List<String> tags, float score) {
	}

	record FacetValue(long id, String name, String nameEn, long count) {
	}

}
