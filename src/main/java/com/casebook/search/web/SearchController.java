package com.casebook.search.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.casebook.search.IndexMaintenance;
import com.casebook.search.ScenarioSearch;
import com.casebook.search.ScenarioSuggestions;
import com.casebook.search.SearchLog;
import com.casebook.search.SearchParameters;
import com.casebook.search.SearchQuery;
import com.casebook.search.SearchResults;
import com.casebook.search.SearchSort;
import com.casebook.search.SimilarScenarios;
import com.casebook.user.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The search page, the suggestions behind the header box, the redirect that records an
 * opened result, and the similar-scenarios panel of the submission form.
 */
@Controller
class SearchController {

	private static final int PAGE_SIZE = 20;

	private static final int SIMILAR_LIMIT = 5;

	private final ScenarioSearch search;

	private final ScenarioSuggestions suggestions;

	private final SimilarScenarios similar;

	private final SearchLog log;

	private final SearchPage page;

	private final IndexMaintenance index;

	private final SearchResultsBody body;

	SearchController(ScenarioSearch search, ScenarioSuggestions suggestions, SimilarScenarios similar, SearchLog log,
			SearchPage page, IndexMaintenance index, SearchResultsBody body) {
		this.body = body;
		this.search = search;
		this.suggestions = suggestions;
		this.similar = similar;
		this.log = log;
		this.page = page;
		this.index = index;
	}

	@GetMapping("/search")
	String search(@RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		SearchParameters.Resolved resolved = SearchParameters.resolveImproves(params, this.page::kpiCalled);
		SearchQuery query = SearchParameters.parse(resolved.params(), PAGE_SIZE);
		String moved = this.page.linkWithoutMergedTags(query);
		if (moved != null) {
			return "redirect:" + moved;
		}
		SearchResults results = this.search.search(query);
		Long entry = logEntry(params, query, results, user);
		model.addAttribute("query", query);
		model.addAttribute("searchBody", this.body.html(query, results, resolved.unknown(), this.index.isRebuilding(),
				entry, (variables, entryInLinks) -> {
					String base = SearchPage.link(query, query.filters());
					variables.addAttribute("unknownKpis", resolved.unknown());
					variables.addAttribute("results", results);
					variables.addAttribute("indexRebuilding", this.index.isRebuilding());
					variables.addAttribute("query", query);
					variables.addAttribute("facets", this.page.facets(results, locale));
					variables.addAttribute("hitTags", this.page.hitTags(results));
					variables.addAttribute("needsReview", this.page.needsReview(results));
					variables.addAttribute("sorts", List.of(SearchSort.values()));
					variables.addAttribute("sortLinks", Arrays.stream(SearchSort.values())
						.collect(Collectors.toMap(SearchSort::name, s -> SearchPage.sortLink(query, s))));
					variables.addAttribute("entry", entryInLinks);
					variables.addAttribute("pagerBase", entryInLinks == null ? base
							: base + (base.contains("?") ? "&" : "?") + "entry=" + entryInLinks);
				}));
		return "search/results";
	}

	/**
	 * One log entry per search typed, not per page turned: later pages carry the entry of
	 * the first so that opening a result there still counts for it.
	 */
	private Long logEntry(MultiValueMap<String, String> params, SearchQuery query, SearchResults results,
			CurrentUser user) {
		if (query.text().isEmpty()) {
			return null;
		}
		if (query.page() > 0) {
			try {
				return Long.valueOf(params.getFirst("entry"));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return this.log.record(query.text(), results.total(), !query.filters().isEmpty(),
				user == null ? null : user.getRole(), SearchLog.Source.PAGE);
	}

	@GetMapping("/search/open")
	String open(@RequestParam long scenario, @RequestParam(required = false) Long entry) {
		if (entry != null) {
			this.log.resultOpened(entry);
		}
		return "redirect:/scenarios/" + scenario;
	}

	@GetMapping(path = "/search/suggest", produces = "application/json")
	@ResponseBody
	SuggestionsJson suggest(@RequestParam(name = "q", defaultValue = "") String typed, Locale locale) {
		return SuggestionsJson.of(this.suggestions.suggest(typed), locale);
	}

	/**
	 * Scenarios resembling what is being written. The form's script asks for the bare
	 * panel as the person types; without scripts the form opens this as a page in a new
	 * tab, leaving what was typed untouched.
	 */
	@PostMapping("/search/similar")
	String similar(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String situation,
			@RequestParam(required = false) Long excluding, @RequestParam(defaultValue = "false") boolean panel,
			@RequestParam(defaultValue = "") String actions, @RequestParam(defaultValue = "") String effect,
			@RequestParam(defaultValue = "") String prevention, Model model) {
		model.addAttribute("similar", this.similar.similarTo(title, situation, excluding, SIMILAR_LIMIT));
		model.addAttribute("typedTitle", title);
		// "add my solution there instead" carries the solution typed so far to the other
		// scenario
		model.addAttribute("typedActions", actions);
		model.addAttribute("typedEffect", effect);
		model.addAttribute("typedPrevention", prevention);
		model.addAttribute("panel", panel);
		return panel ? "search/similar :: panel" : "search/similar";
	}

}
