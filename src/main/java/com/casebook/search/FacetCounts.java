package com.casebook.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many of the current results carry each facet value. Counts are taken after every
 * filter is applied, so a count is exactly the number of results a click on that value
 * leaves.
 */
public record FacetCounts(Map<SearchFacet, Map<Long, Long>> byId, long adopted) {

	public static final FacetCounts NONE = new FacetCounts(new EnumMap<>(SearchFacet.class), 0);

	public Map<Long, Long> of(SearchFacet facet) {
		return Collections.unmodifiableMap(this.byId.getOrDefault(facet, Map.of()));
	}

	public long count(SearchFacet facet, long id) {
		return of(facet).getOrDefault(id, 0L);
	}

}
