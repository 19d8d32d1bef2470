package com.casebook.scenario.web;

import com.casebook.scenario.EarlierTexts;
import com.casebook.scenario.EditConflictException;
import com.casebook.scenario.Scenario;
import com.casebook.scenario.WikiAmendments;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioNotFoundException;
import com.casebook.scenario.ScenarioStatus;
import com.casebook.scenario.Solution;
import com.casebook.scenario.SolutionNotFoundException;
import com.casebook.scenario.UnchangedTextException;
import com.casebook.user.CurrentUser;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
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
 * Adding a further solution to a published scenario, and amending one. As with the
 * scenario template, the person's text comes back to them whatever goes wrong.
 */
@Controller
@PreAuthorize("hasRole('MANAGER')")
class SolutionController {

	static final String FORM = "scenario/solution-form";

	private final WikiAmendments amendments;

	private final ScenarioCatalogue catalogue;

	private final EarlierTexts earlier;

	private final ScenarioFormReferences references;

	private final TemplateChoices choices;

	SolutionController(WikiAmendments amendments, ScenarioCatalogue catalogue, EarlierTexts earlier,
			ScenarioFormReferences references, TemplateChoices choices) {
		this.amendments = amendments;
		this.catalogue = catalogue;
		this.earlier = earlier;
		this.references = references;
		this.choices = choices;
	}

	/** The measurement rows' pickers. */
	@ModelAttribute
	void measurementChoices(Model model) {
		this.choices.addMeasurementChoicesTo(model);
	}

	/**
	 * Whether the form is sent back after a POST: the page's draft script then keeps its
	 * text.
	 */
	@ModelAttribute("posted")
	boolean posted(HttpServletRequest request) {
		return "POST".equals(request.getMethod());
	}

	@GetMapping("/scenarios/{id}/solutions/new")
	String newSolution(@PathVariable long id, Model model) {
		return show(scenario(id), null, new SolutionForm(), model);
	}

	/**
	 * "Add my solution there instead", from the similar scenarios beside the template:
	 * the solution form of that scenario, filled with the actions and effect already
	 * typed.
	 */
	@PostMapping("/scenarios/{id}/solutions/carried")
	String carried(@PathVariable long id, @ModelAttribute("form") SolutionForm form, Model model) {
		form.setBaseRevision(0);
		form.setSummary(null);
		model.addAttribute("notice", "solution.notice.carried");
		return show(scenario(id), null, form, model);
	}

	@PostMapping("/scenarios/{id}/solutions/new")
	String add(@PathVariable long id, @Valid @ModelAttribute("form") SolutionForm form, BindingResult result,
			@RequestParam(defaultValue = "save") FormAction action, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		MissingFields.reject(result, form.content().missingFields());
		form.rejectBadMeasurements(result);
		this.references.checkMeasurements(form, result);
		if (result.hasErrors() || action == FormAction.PREVIEW) {
			refuseIfInvalid(result, response);
			model.addAttribute("preview", action == FormAction.PREVIEW);
			return show(scenario(id), null, form, model);
		}
		long solutionId = this.amendments.addSolution(id, user, form.content());
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
	String amend(@PathVariable long id, @PathVariable long solutionId, @Valid @ModelAttribute("form") SolutionForm form,
			BindingResult result, @RequestParam(defaultValue = "save") FormAction action,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		MissingFields.reject(result, form.content().missingFields());
		form.rejectBadMeasurements(result);
		this.references.checkMeasurements(form, result);
		Scenario scenario = scenario(id);
		Solution solution;
		try {
			solution = scenario.solution(solutionId);
		}
		catch (SolutionNotFoundException notHere) {
			// an address naming another scenario's solution: offer the text as a new
			// solution here
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("problem", "solution.error.notHere");
			form.setBaseRevision(0);
			return show(scenario, null, form, model);
		}
		if (result.hasErrors() || action == FormAction.PREVIEW) {
			refuseIfInvalid(result, response);
			model.addAttribute("preview", action == FormAction.PREVIEW);
			return show(scenario, solution, form, model);
		}
		try {
			this.amendments.amendSolution(id, solutionId, user, form.content(), form.getBaseRevision(),
					form.getSummary());
		}
		catch (EditConflictException | ConcurrencyFailureException conflict) {
			Solution saved = scenario(id).solution(solutionId);
			SolutionForm base = this.earlier.solutionAt(solutionId, form.getBaseRevision())
				.map(SolutionForm::of)
				.orElse(null);
			model.addAttribute("conflictDiff",
					ConflictDiff.merge(base, SolutionForm.of(saved), form, this.choices::kpiName));
			model.addAttribute("conflict", true);
			form.setBaseRevision(saved.getRevisionNumber());
			response.setStatus(HttpStatus.CONFLICT.value());
			return show(scenario, saved, form, model);
		}
		catch (UnchangedTextException unchanged) {
			model.addAttribute("problem", "form.error.unchanged");
			return show(scenario, solution, form, model);
		}
		redirect.addFlashAttribute("notice", "solution.notice.amended");
		return "redirect:/scenarios/" + id + "#solution-" + solutionId;
	}

	private static void refuseIfInvalid(BindingResult result, HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
	}

	private Scenario scenario(long id) {
		return this.catalogue.find(id)
			.filter(s -> s.getStatus() == ScenarioStatus.PUBLISHED)
			.orElseThrow(() -> new ScenarioNotFoundException(id));
	}

	private static String show(Scenario scenario, Solution solution, SolutionForm form, Model model) {
		model.addAttribute("scenario", scenario);
		model.addAttribute("solution", solution);
		model.addAttribute("form", form);
		return FORM;
	}

}
