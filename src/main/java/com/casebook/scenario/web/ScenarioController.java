package com.casebook.scenario.web;

import com.casebook.scenario.CatalogueQuery;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
class ScenarioController {

	private final ScenarioCatalogue catalogue;

	private final Taxonomy taxonomy;

	ScenarioController(ScenarioCatalogue catalogue, Taxonomy taxonomy) {
		this.catalogue = catalogue;
		this.taxonomy = taxonomy;
	}

	@GetMapping("/scenarios")
	String catalogue(@RequestParam(required = false) Long category, @RequestParam(required = false) Long tag,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("rows", this.catalogue.published(new CatalogueQuery(category, tag, page, 20)));
		model.addAttribute("categoryTree", this.taxonomy.categoryTree());
		model.addAttribute("selectedCategory", this.taxonomy.category(category).orElse(null));
		model.addAttribute("selectedTag", this.taxonomy.tag(tag).orElse(null));
		return "scenario/catalogue";
	}

	@GetMapping("/scenarios/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser viewer, Model model) {
		var page = this.catalogue.page(id, viewer)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.catalogue.recordView(id);
		model.addAttribute("page", page);
		model.addAttribute("scenario", page.scenario());
		model.addAttribute("canEdit", viewer != null
				&& page.scenario().isEditableBy(viewer.getId(), viewer.has(com.casebook.user.Role.EDITOR)));
		return "scenario/show";
	}

}
