package com.casebook.scenario.web;

import java.util.Locale;

import com.casebook.scenario.SolutionAdoption;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioMarkdown;
import com.casebook.scenario.ScenarioPage;
import com.casebook.user.CurrentUser;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors adopt one solution as the recommended practice; an adopted solution can be read
 * and printed as a standard operating procedure, and the SOP candidates list shows where
 * one is missing.
 */
@Controller
class AdoptionController {

	private final SolutionAdoption adoption;

	private final ScenarioCatalogue catalogue;

	private final ScenarioMarkdown markdown;

	AdoptionController(SolutionAdoption adoption, ScenarioCatalogue catalogue, ScenarioMarkdown markdown) {
		this.adoption = adoption;
		this.catalogue = catalogue;
		this.markdown = markdown;
	}

	@PostMapping("/scenarios/{id}/solutions/{solutionId}/adopt")
	@PreAuthorize("hasRole('EDITOR')")
	String adopt(@PathVariable long id, @PathVariable long solutionId, @RequestParam(required = false) String note,
			@AuthenticationPrincipal CurrentUser editor, RedirectAttributes redirect) {
		this.adoption.adopt(id, solutionId, editor, note == null ? null : note.strip());
		redirect.addFlashAttribute("notice", "adopt.done");
		return "redirect:/scenarios/" + id + "#solution-" + solutionId;
	}

	@PostMapping("/scenarios/{id}/adoption/withdraw")
	@PreAuthorize("hasRole('EDITOR')")
	String withdraw(@PathVariable long id, @AuthenticationPrincipal CurrentUser editor, RedirectAttributes redirect) {
		this.adoption.withdrawAdoption(id, editor);
		redirect.addFlashAttribute("notice", "adopt.withdrawn");
		return "redirect:/scenarios/" + id;
	}

	@GetMapping("/scenarios/{id}/sop")
	String sop(@PathVariable long id, @AuthenticationPrincipal CurrentUser viewer, Locale locale, Model model) {
		ScenarioPage page = withAdoptedSolution(id, viewer);
		model.addAttribute("scenario", page.scenario());
		model.addAttribute("sop", this.markdown.sop(page, locale));
		return "scenario/sop";
	}

	@GetMapping(path = "/scenarios/{id}/sop.md", produces = "text/markdown;charset=UTF-8")
	@ResponseBody
	ResponseEntity<String> sopMarkdown(@PathVariable long id, @AuthenticationPrincipal CurrentUser viewer,
			Locale locale) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sop-" + id + ".md\"")
			.body(this.markdown.sop(withAdoptedSolution(id, viewer), locale));
	}

	@GetMapping("/sop-candidates")
	@PreAuthorize("hasRole('EDITOR')")
	String candidates(Model model) {
		model.addAttribute("candidates", this.catalogue.sopCandidates());
		return "scenario/sop-candidates";
	}

	private ScenarioPage withAdoptedSolution(long id, CurrentUser viewer) {
		return this.catalogue.page(id, viewer)
			.filter(page -> page.scenario().adoptedSolution().isPresent())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
