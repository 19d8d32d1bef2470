package com.casebook.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.util.LinkedMultiValueMap;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The request parameters of a search ({@code q}, one per {@link SearchFacet},
 * {@code sort}, {@code page}, {@code size}), shared by the search page and the JSON API
 * so that a link from one works on the other. Values that do not parse are ignored rather
 * than failing the search: a hand-edited link still finds something.
 */
public final class SearchParameters {

	private SearchParameters() {
	}

	public static SearchQuery parse(MultiValueMap<String, String> params, int defaultSize) {
		Map<SearchFacet, List<Long>> ids = new EnumMap<>(SearchFacet.class);
		for (SearchFacet facet : SearchFacet.values()) {
			if (facet.isIdFacet()) {
				ids.put(facet, longs(params.get(facet.parameter())));
			}
		}
		boolean adopted = "true".equalsIgnoreCase(params.getFirst(SearchFacet.ADOPTED.parameter()));
		return new SearchQuery(params.getFirst("q"), SearchFilters.of(ids, adopted),
				SearchSort.fromParameter(params.getFirst("sort")), integer(params.getFirst("page"), 0),
				integer(params.getFirst("size"), defaultSize));
	}

	/**
	 * The request's parameters with each {@code improves} value (a KPI's Chinese or
	 * English name, code or id) turned into the KPI's id; the values naming no KPI are
	 * listed in {@code unknown} and replaced by an id nothing carries, so the search
	 * finds nothing rather than ignoring the filter.
	 */
	public static Resolved resolveImproves(MultiValueMap<String, String> params,
			Function<String, Optional<Long>> kpiCalled) {
		List<String> values = params.get(SearchFacet.IMPROVES.parameter());
		if (values == null || values.isEmpty()) {
			return new Resolved(params, List.of());
		}
		MultiValueMap<String, String> resolved = new LinkedMultiValueMap<>(params);
		List<String> ids = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String value : values) {
			if (value == null || value.isBlank()) {
				continue;
			}
			Optional<Long> kpi = kpiCalled.apply(value.strip());
			if (kpi.isPresent()) {
				ids.add(String.valueOf(kpi.get()));
			}
			else {
				unknown.add(value.strip());
				ids.add(String.valueOf(NO_SUCH_KPI));
			}
		}
		resolved.put(SearchFacet.IMPROVES.parameter(), ids);
		return new Resolved(resolved, List.copyOf(unknown));
	}

	/** An id no KPI has. */
	static final long NO_SUCH_KPI = -1;

	/**
	 * Parameters with the KPIs of {@code improves} resolved, and the names that were not.
	 */
	public record Resolved(MultiValueMap<String, String> params, List<String> unknown) {
	}

	/** The path with the parameters that reproduce the query, on its first page. */
	public static String link(String path, String text, SearchFilters filters, SearchSort sort) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		if (!text.isEmpty()) {
			uri.queryParam("q", text);
		}
		for (SearchFacet facet : SearchFacet.values()) {
			filters.ids(facet).forEach(id -> uri.queryParam(facet.parameter(), id));
		}
		if (filters.adoptedOnly()) {
			uri.queryParam(SearchFacet.ADOPTED.parameter(), true);
		}
		if (sort != SearchSort.RELEVANCE) {
			uri.queryParam("sort", sort.parameter());
		}
		return uri.encode().build().toUriString();
	}

	private static List<Long> longs(List<String> values) {
		List<Long> result = new ArrayList<>();
		if (values != null) {
			for (String value : values) {
				try {
					result.add(Long.parseLong(value.strip()));
				}
				catch (NumberFormatException ex) {
					// a broken facet value narrows nothing
				}
			}
		}
		return result;
	}

	private static int integer(String value, int fallback) {
		try {
			return value == null ? fallback : Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

}
