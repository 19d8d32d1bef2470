package com.casebook.search.web;

import java.util.Locale;

import com.casebook.search.ScenarioSearch;
import com.casebook.search.SearchFacet;
import com.casebook.search.SearchFilters;
import com.casebook.search.SearchQuery;
import com.casebook.search.SearchSort;
import com.casebook.taxonomy.TagView;
import com.casebook.taxonomy.Taxonomy;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** A tag's own page: what it means, its other names, and the scenarios tagged with it. */
@Controller
class TagPageController {

	private static final int PAGE_SIZE = 30;

	private final Taxonomy taxonomy;

	private final ScenarioSearch search;

	private final SearchPage page;

	TagPageController(Taxonomy taxonomy, ScenarioSearch search, SearchPage page) {
		this.taxonomy = taxonomy;
		this.search = search;
		this.page = page;
	}

	@GetMapping("/tags/{id}")
	String tag(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		TagView tag = this.taxonomy.tag(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (tag.mergedIntoId() != null) {
			return "redirect:/tags/" + tag.mergedIntoId();
		}
		var results = this.search.search(new SearchQuery("", SearchFilters.none().with(SearchFacet.TAG, id),
				SearchSort.NEWEST, page, PAGE_SIZE));
		model.addAttribute("tag", tag);
		model.addAttribute("results", results);
		model.addAttribute("hitTags", this.page.hitTags(results));
		return "search/tag";
	}

}
