package com.casebook.scenario.web;

import com.casebook.scenario.EditConflictException;
import com.casebook.scenario.Scenario;
import com.casebook.scenario.ScenarioAuthoring;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioNotFoundException;
import com.casebook.scenario.Solution;
import com.casebook.user.CurrentUser;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding a further solution to a published scenario, and amending one.
 */
@Controller
@PreAuthorize("hasRole('MANAGER')")
class SolutionController {

	static final String FORM = "scenario/solution-form";

	private final ScenarioAuthoring authoring;

	private final ScenarioCatalogue catalogue;

	SolutionController(ScenarioAuthoring authoring, ScenarioCatalogue catalogue) {
		this.authoring = authoring;
		this.catalogue = catalogue;
	}

	@GetMapping("/scenarios/{id}/solutions/new")
	String newSolution(@PathVariable long id, Model model) {
		return show(scenario(id), null, new SolutionForm(), model);
	}

	@PostMapping("/scenarios/{id}/solutions/new")
	String add(@PathVariable long id, @Valid @ModelAttribute("form") SolutionForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors() || action.equals("preview")) {
			model.addAttribute("preview", action.equals("preview"));
			return show(scenario(id), null, form, model);
		}
		long solutionId = this.authoring.addSolution(id, user, form.content());
		redirect.addFlashAttribute("notice", "solution.notice.added");
		return "redirect:/scenarios/" + id + "#solution-" + solutionId;
	}

	@GetMapping("/scenarios/{id}/solutions/{solutionId}/edit")
	String edit(@PathVariable long id, @PathVariable long solutionId, Model model) {
		Scenario scenario = scenario(id);
		Solution solution = scenario.solution(solutionId);
		return show(scenario, solution, SolutionForm.of(solution), model);
	}

	@PostMapping("/scenarios/{id}/solutions/{solutionId}/edit")
	String amend(@PathVariable long id, @PathVariable long solutionId,
			@Valid @ModelAttribute("form") SolutionForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Scenario scenario = scenario(id);
		Solution solution = scenario.solution(solutionId);
		if (result.hasErrors() || action.equals("preview")) {
			model.addAttribute("preview", action.equals("preview"));
			return show(scenario, solution, form, model);
		}
		try {
			this.authoring.amendSolution(id, solutionId, user, form.content(), form.getBaseRevision(),
					form.getSummary());
		}
		catch (EditConflictException conflict) {
			Solution saved = scenario(id).solution(solutionId);
			SolutionForm theirs = SolutionForm.of(saved);
			model.addAttribute("theirs", theirs);
			model.addAttribute("conflictDiff", ConflictDiff.between(theirs, form));
			model.addAttribute("conflict", true);
			form.setBaseRevision(saved.getRevisionNumber());
			return show(scenario, saved, form, model);
		}
		redirect.addFlashAttribute("notice", "solution.notice.amended");
		return "redirect:/scenarios/" + id + "#solution-" + solutionId;
	}

	private Scenario scenario(long id) {
		return this.catalogue.find(id)
			.filter(s -> s.getStatus() == com.casebook.scenario.ScenarioStatus.PUBLISHED)
			.orElseThrow(() -> new ScenarioNotFoundException(id));
	}

	private static String show(Scenario scenario, Solution solution, SolutionForm form, Model model) {
		model.addAttribute("scenario", scenario);
		model.addAttribute("solution", solution);
		model.addAttribute("form", form);
		return FORM;
	}

}
