package com.casebook.scenario.web;

import java.util.Locale;

import com.casebook.scenario.CatalogueQuery;
import com.casebook.scenario.CatalogueSort;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioMarkdown;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.CurrentUser;
import com.casebook.user.Role;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Controller
class ScenarioController {

	private final ScenarioCatalogue catalogue;

	private final Taxonomy taxonomy;

	private final TemplateChoices choices;

	private final ScenarioMarkdown markdown;

	private final ScenarioPageModel pageModel;

	private final CatalogueBody body;

	ScenarioController(ScenarioCatalogue catalogue, Taxonomy taxonomy, TemplateChoices choices,
			ScenarioMarkdown markdown, ScenarioPageModel pageModel, CatalogueBody body) {
		this.body = body;
		this.markdown = markdown;
		this.catalogue = catalogue;
		this.taxonomy = taxonomy;
		this.choices = choices;
		this.pageModel = pageModel;
	}

	@GetMapping("/scenarios")
	String catalogue(@RequestParam(required = false) Long category, @RequestParam(required = false) Long tag,
			@RequestParam(required = false) Long channel, @RequestParam(required = false) Long businessLine,
			@RequestParam(required = false) Long kpi, @RequestParam(required = false) Long improves,
			@RequestParam(defaultValue = "UPDATED") CatalogueSort sort, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser viewer, Model model) {
		CatalogueQuery query = new CatalogueQuery(category, tag, channel, businessLine, kpi, improves, sort, page, 20);
		String pageUrl = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page")
			.build()
			.toUriString()
			.replaceFirst("^https?://[^/]+", "");
		boolean manager = viewer != null && viewer.has(Role.MANAGER);
		model.addAttribute("catalogueBody", this.body.html(query, pageUrl, manager, variables -> {
			variables.addAttribute("rows", this.catalogue.published(query));
			variables.addAttribute("query", query);
			variables.addAttribute("categoryTree", this.taxonomy.categoryTree());
			variables.addAttribute("selectedCategory", this.taxonomy.category(category).orElse(null));
			variables.addAttribute("selectedTag", this.taxonomy.tag(tag).orElse(null));
			variables.addAttribute("sorts", CatalogueSort.values());
			variables.addAttribute("pageUrl", pageUrl);
			variables.addAttribute("manager", manager);
			this.choices.addTo(variables);
		}));
		return "scenario/catalogue";
	}

	@GetMapping(path = "/scenarios/{id}.md", produces = "text/markdown;charset=UTF-8")
	@ResponseBody
	ResponseEntity<String> markdown(@PathVariable long id, @AuthenticationPrincipal CurrentUser viewer, Locale locale) {
		var page = this.catalogue.page(id, viewer).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"scenario-" + id + ".md\"")
			.body(this.markdown.of(page, locale));
	}

	@GetMapping("/scenarios/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) Long mergedFrom,
			@AuthenticationPrincipal CurrentUser viewer, Model model) {
		Long mergedInto = this.catalogue.mergedInto(id).orElse(null);
		if (mergedInto != null) {
			return "redirect:/scenarios/" + mergedInto + "?mergedFrom=" + id;
		}
		if (mergedFrom != null) {
			this.catalogue.find(mergedFrom)
				.filter(source -> Long.valueOf(id).equals(source.getMergedIntoId()))
				.ifPresent(source -> model.addAttribute("mergedFrom", source));
		}
		this.pageModel.fill(id, viewer, model);
		return "scenario/show";
	}

}
