package com.casebook.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The facet values a search is narrowed to. Values of different facets and several values
 * of one facet all have to hold (a scenario tagged both 缺货 and 大促), so every click
 * narrows. Immutable: {@link #with} and {@link #without} return the filters a facet link
 * leads to.
 */
public final class SearchFilters {

	private static final SearchFilters NONE = new SearchFilters(new EnumMap<>(SearchFacet.class), false);

	private final Map<SearchFacet, Set<Long>> ids;

	private final boolean adoptedOnly;

	private SearchFilters(Map<SearchFacet, Set<Long>> ids, boolean adoptedOnly) {
		this.ids = ids;
		this.adoptedOnly = adoptedOnly;
	}

	public static SearchFilters none() {
		return NONE;
	}

	public static SearchFilters of(Map<SearchFacet, ? extends Iterable<Long>> ids, boolean adoptedOnly) {
		SearchFilters filters = adoptedOnly ? NONE.withAdoptedOnly(true) : NONE;
		for (Map.Entry<SearchFacet, ? extends Iterable<Long>> entry : ids.entrySet()) {
			for (Long id : entry.getValue()) {
				if (id != null) {
					filters = filters.with(entry.getKey(), id);
				}
			}
		}
		return filters;
	}

	public Set<Long> ids(SearchFacet facet) {
		return Collections.unmodifiableSet(this.ids.getOrDefault(facet, Set.of()));
	}

	public boolean adoptedOnly() {
		return this.adoptedOnly;
	}

	public boolean isSelected(SearchFacet facet, long id) {
		return ids(facet).contains(id);
	}

	public boolean isEmpty() {
		return !this.adoptedOnly && this.ids.values().stream().allMatch(Set::isEmpty);
	}

	public SearchFilters with(SearchFacet facet, long id) {
		if (!facet.isIdFacet()) {
			throw new IllegalArgumentException(facet + " is not narrowed by id");
		}
		Map<SearchFacet, Set<Long>> copy = copy();
		copy.computeIfAbsent(facet, f -> new LinkedHashSet<>()).add(id);
		return new SearchFilters(copy, this.adoptedOnly);
	}

	public SearchFilters without(SearchFacet facet, long id) {
		Map<SearchFacet, Set<Long>> copy = copy();
		Set<Long> values = copy.get(facet);
		if (values != null) {
			values.remove(id);
		}
		return new SearchFilters(copy, this.adoptedOnly);
	}

	public SearchFilters withAdoptedOnly(boolean adoptedOnly) {
		return new SearchFilters(copy(), adoptedOnly);
	}

	private Map<SearchFacet, Set<Long>> copy() {
		Map<SearchFacet, Set<Long>> copy = new EnumMap<>(SearchFacet.class);
		this.ids.forEach((facet, values) -> copy.put(facet, new LinkedHashSet<>(values)));
		return copy;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SearchFilters that && this.adoptedOnly == that.adoptedOnly
				&& normalized().equals(that.normalized());
	}

	@Override
	public int hashCode() {
		return normalized().hashCode() * 31 + Boolean.hashCode(this.adoptedOnly);
	}

	private Map<SearchFacet, Set<Long>> normalized() {
		Map<SearchFacet, Set<Long>> result = new EnumMap<>(SearchFacet.class);
		this.ids.forEach((facet, values) -> {
			if (!values.isEmpty()) {
				result.put(facet, values);
			}
		});
		return result;
	}

}
