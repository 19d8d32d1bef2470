package com.casebook.search.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import com.casebook.taxonomy.ReferenceKind;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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

	private final MessageSource messages;

	SearchApiController(ScenarioSearch search, SearchLog log, Taxonomy taxonomy, IndexMaintenance index,
			MessageSource messages) {
		this.messages = messages;
		this.search = search;
		this.log = log;
		this.taxonomy = taxonomy;
		this.index = index;
	}

	/** What {@code GET /api/search?q=缺货&size=1} answers on the demo data. */
	static final String SEARCH_EXAMPLE = """
			{"total": 2, "page": 0, "size": 1,
			 "hits": [{"id": 1, "title": "大促期间热门商品缺货，客户集中来电投诉", "url": "/scenarios/1",
			           "snippet": "……爆款因仓库系统超卖出现<mark>缺货</mark>，约 1.8 万笔订单被系统自动取消……",
			           "tags": ["缺货", "大促", "投诉升级"], "score": 3.7}],
			 "facets": {"tag": [{"id": 4, "name": "缺货", "nameEn": "out of stock", "count": 2}], "adopted": 1},
			 "rebuilding": false}
			""";

	@GetMapping("/api/search")
	@Operation(summary = "Search published scenarios",
			description = "Words in Chinese (Simplified or Traditional) or English; every word must match. "
					+ "Facet parameters narrow the results and may be repeated; facet counts are taken "
					+ "after all filters. Snippets are HTML-escaped with the matched words in <mark>. While the "
					+ "search index is being rebuilt, results may be incomplete and rebuilding is true.",
			responses = {
					@ApiResponse(responseCode = "200", description = "one page of hits, with facet counts",
							content = @Content(mediaType = "application/json",
									schema = @Schema(implementation = SearchJson.class),
									examples = @ExampleObject(name = "out of stock",
											summary = "GET /api/search?q=缺货&size=1", value = SEARCH_EXAMPLE))),
					@ApiResponse(responseCode = "400", description = "improves names no KPI",
							content = @Content(mediaType = "application/problem+json",
									schema = @Schema(implementation = ProblemDetail.class))) })
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
			@Parameter(name = "improves", in = ParameterIn.QUERY,
					description = "a KPI by its Chinese or English name, code or id (e.g. 放弃率, Abandonment rate): "
							+ "only scenarios with a solution whose measured median change improves it (outliers "
							+ "count once an editor confirms them); repeat to require several. The facet "
							+ "'improves' counts the results with a measured improvement per KPI. An unknown KPI "
							+ "answers 400"),
			@Parameter(name = "adopted", in = ParameterIn.QUERY,
					description = "true: only scenarios with an adopted solution") })
	ResponseEntity<?> search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
			@Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user,
			@Parameter(hidden = true) Locale locale) {
		SearchParameters.Resolved resolved = SearchParameters.resolveImproves(params,
				text -> this.taxonomy.referenceCalled(ReferenceKind.KPI, text).map(k -> k.id()));
		if (!resolved.unknown().isEmpty()) {
			// an unknown KPI is no filter at all: refused rather than ignored
			return ResponseEntity.badRequest()
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, this.messages
					.getMessage("api.error.unknownKpi", new Object[] { resolved.unknown().get(0) }, locale)));
		}
		SearchQuery query = SearchParameters.parse(resolved.params(), DEFAULT_SIZE);
		// the answer carries the plain title: only the snippet is marked
		SearchResults results = this.search.search(query, ScenarioSearch.Highlights.SNIPPET);
		if (!query.text().isEmpty() && query.page() == 0) {
			this.log.record(query.text(), results.total(), !query.filters().isEmpty(),
					user == null ? null : user.getRole(), SearchLog.Source.API);
		}
		return ResponseEntity.ok(new SearchJson(results.total(), results.page(), query.size(),
				results.hits().stream().map(this::hit).toList(), facets(results.facets()), this.index.isRebuilding()));
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
