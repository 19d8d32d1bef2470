package com.casebook.search.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.casebook.search.FacetCounts;
import com.casebook.search.IndexMaintenance;
import com.casebook.search.ScenarioSearch;
import com.casebook.search.SearchFacet;
import com.casebook.search.SearchHit;
import com.casebook.search.SearchLog;
import com.casebook.search.SearchParameters;
import com.casebook.search.SearchQuery;
import com.casebook.search.SearchResults;
import com.casebook.taxonomy.LocalizedName;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search for agent desktops and CRMs: the search page's results, facets and filters as
 * JSON.
 */
@RestController
@Tag(name = "Search")
class SearchApiController {

	private static final int DEFAULT_SIZE = 10;

	private final ScenarioSearch search;

	private final SearchLog log;

	private final Taxonomy taxonomy;

	private final IndexMaintenance index;

	SearchApiController(ScenarioSearch search, SearchLog log, Taxonomy taxonomy, IndexMaintenance index) {
		this.search = search;
		this.log = log;
		this.taxonomy = taxonomy;
		this.index = index;
	}

	@GetMapping("/api/search")
	@Operation(summary = "Search published scenarios",
			description = "Words in Chinese (Simplified or Traditional) or English; every word must match. "
					+ "Facet parameters narrow the results and may be repeated; facet counts are taken "
					+ "after all filters. Snippets are HTML-escaped with the matched words in <mark>. While the "
					+ "search index is being rebuilt, results may be incomplete and rebuilding is true.")
	@Parameters({ @Parameter(name = "q", in = ParameterIn.QUERY, description = "the words to search for"),
			@Parameter(name = "page", in = ParameterIn.QUERY, description = "page number, from 0"),
			@Parameter(name = "size", in = ParameterIn.QUERY, description = "hits per page, 1 to 100 (default 10)"),
			@Parameter(name = "sort", in = ParameterIn.QUERY,
					description = "relevance (default), newest or most-applied"),
			@Parameter(name = "tag", in = ParameterIn.QUERY, description = "tag id; repeat to require several"),
			@Parameter(name = "category", in = ParameterIn.QUERY, description = "category id, subcategories included"),
			@Parameter(name = "channel", in = ParameterIn.QUERY, description = "channel id"),
			@Parameter(name = "businessLine", in = ParameterIn.QUERY, description = "business line id"),
			@Parameter(name = "kpi", in = ParameterIn.QUERY, description = "KPI id; repeat to require several"),
			@Parameter(name = "adopted", in = ParameterIn.QUERY,
					description = "true: only scenarios with an adopted solution") })
	SearchJson search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
			@Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user) {
		SearchQuery query = SearchParameters.parse(params, DEFAULT_SIZE);
		SearchResults results = this.search.search(query);
		if (!query.text().isEmpty() && query.page() == 0) {
			this.log.record(query.text(), results.total(), !query.filters().isEmpty(),
					user == null ? null : user.getRole(), SearchLog.Source.API);
		}
		return new SearchJson(results.total(), results.page(), query.size(),
				results.hits().stream().map(this::hit).toList(), facets(results.facets()), this.index.isRebuilding());
	}

	private SearchJson.Hit hit(SearchHit hit) {
		return new SearchJson.Hit(hit.id(), hit.title(), "/scenarios/" + hit.id(), hit.snippetHtml(),
				this.taxonomy.tags(hit.tagIds()).stream().map(t -> t.name().zh()).toList(), hit.score());
	}

	private Map<String, Object> facets(FacetCounts counts) {
		Map<String, Object> facets = new LinkedHashMap<>();
		for (SearchFacet facet : SearchFacet.values()) {
			if (facet.isIdFacet()) {
				facets.put(facet.parameter(), counts.of(facet)
					.entrySet()
					.stream()
					.sorted(Map.Entry.<Long, Long>comparingByValue().reversed())
					.flatMap(entry -> name(facet, entry.getKey())
						.map(name -> new SearchJson.FacetValue(entry.getKey(), name.zh(), name.en(), entry.getValue()))
						.stream())
					.toList());
			}
		}
		facets.put(SearchFacet.ADOPTED.parameter(), counts.adopted());
		return facets;
	}

	private Optional<LocalizedName> name(SearchFacet facet, long id) {
		switch (facet) {
			case TAG:
				return this.taxonomy.tag(id).map(t -> t.name());
			case CATEGORY:
				return this.taxonomy.category(id).map(c -> c.name());
			default:
				return this.taxonomy.reference(id).map(r -> r.name());
		}
	}

}
