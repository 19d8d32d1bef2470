package com.casebook.search.web;

import com.casebook.search.ScenarioSearch;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

	private static final int PAGE_SIZE = 20;

	private final ScenarioSearch search;

	SearchController(ScenarioSearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("results", this.search.search(query, Math.max(page, 0), PAGE_SIZE));
		return "search/results";
	}

}
