package com.casebook.scenario.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.casebook.scenario.EarlierTexts;
import com.casebook.scenario.EditConflictException;
import com.casebook.scenario.Scenario;
import com.casebook.scenario.ScenarioDrafting;
import com.casebook.scenario.WikiAmendments;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.ScenarioNotFoundException;
import com.casebook.scenario.ScenarioStatus;
import com.casebook.scenario.Solution;
import com.casebook.scenario.SolutionContent;
import com.casebook.scenario.UnchangedTextException;
import com.casebook.taxonomy.TagCuration;
import com.casebook.taxonomy.TagStatus;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.CurrentUser;
import com.casebook.user.Role;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The scenario template: new scenarios, drafts and submissions (saved as draft,
 * previewed, submitted for review), and wiki amendments of published scenarios. Whatever
 * happens, the person's text comes back to them: validation errors and edit conflicts
 * re-render it.
 */
@Controller
@PreAuthorize("hasRole('MANAGER')")
class SubmissionController {

	static final String FORM = "scenario/form";

	static final String CONFLICT = "scenario/conflict";

	private final ScenarioDrafting drafting;

	private final WikiAmendments amendments;

	private final ScenarioCatalogue catalogue;

	private final TemplateChoices choices;

	private final Taxonomy taxonomy;

	private final SmartValidator validator;

	private final EarlierTexts earlier;

	private final ScenarioFormReferences references;

	SubmissionController(ScenarioDrafting drafting, WikiAmendments amendments, ScenarioCatalogue catalogue,
			TemplateChoices choices, Taxonomy taxonomy, SmartValidator validator, EarlierTexts earlier,
			ScenarioFormReferences references) {
		this.drafting = drafting;
		this.amendments = amendments;
		this.catalogue = catalogue;
		this.choices = choices;
		this.taxonomy = taxonomy;
		this.validator = validator;
		this.earlier = earlier;
		this.references = references;
	}

	@InitBinder("form")
	void refuseIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/**
	 * Whether the form is sent back after a POST: the page's draft script then keeps its
	 * text.
	 */
	@ModelAttribute("posted")
	boolean posted(HttpServletRequest request) {
		return "POST".equals(request.getMethod());
	}

	@GetMapping("/scenarios/new")
	String newScenario(@RequestParam(required = false) String title, Model model) {
		ScenarioForm form = new ScenarioForm();
		form.setTitle(title);
		return showForm(form, null, model);
	}

	@PostMapping("/scenarios/new")
	String create(@ModelAttribute("form") ScenarioForm form, BindingResult result, @RequestParam FormAction action,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (action == FormAction.PREVIEW || !valid(form, result, action, response)) {
			model.addAttribute("preview", action == FormAction.PREVIEW);
			return showForm(form, null, model);
		}
		long id = this.drafting.createDraft(user, form.content(typedTags(form)), form.solution());
		if (action == FormAction.SUBMIT) {
			this.drafting.submit(id, user);
			redirect.addFlashAttribute("notice", "scenario.notice.submitted");
			return "redirect:/scenarios/" + id;
		}
		redirect.addFlashAttribute("notice", "scenario.notice.draftSaved");
		return "redirect:/scenarios/" + id + "/edit";
	}

	@GetMapping("/scenarios/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Scenario scenario = editable(id, user);
		return showForm(ScenarioForm.of(scenario), scenario, model);
	}

	@PostMapping("/scenarios/{id}/edit")
	String save(@PathVariable long id, @ModelAttribute("form") ScenarioForm form, BindingResult result,
			@RequestParam FormAction action, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Scenario scenario = editable(id, user);
		boolean published = scenario.getStatus() == ScenarioStatus.PUBLISHED;
		FormAction validation = published ? FormAction.SAVE : action;
		if (action == FormAction.PREVIEW || !valid(form, result, validation, response)) {
			model.addAttribute("preview", action == FormAction.PREVIEW);
			return showForm(form, scenario, model);
		}
		List<Long> typedTags = typedTags(form);
		try {
			if (published) {
				this.amendments.amend(id, user, form.content(typedTags), form.getBaseRevision(), form.getSummary());
				redirect.addFlashAttribute("notice", "scenario.notice.amended");
				return "redirect:/scenarios/" + id;
			}
			this.drafting.updateDraft(id, user, form.content(typedTags), form.solution(), form.getBaseRevision(),
					form.getSolutionBaseRevision());
		}
		catch (EditConflictException | ConcurrencyFailureException conflict) {
			// whichever layer noticed the other save, the person gets their text back
			// beside it
			response.setStatus(HttpStatus.CONFLICT.value());
			// the merge compares tags by id; the field is written again from the merged
			// ones
			form.setTagIds(form.content(typedTags).tagIds().stream().toList());
			form.setTags(null);
			return showConflict(id, scenario, form, model);
		}
		catch (UnchangedTextException unchanged) {
			if (action != FormAction.SUBMIT || scenario.getStatus() != ScenarioStatus.DRAFT) {
				model.addAttribute("problem", "form.error.unchanged");
				return showForm(form, scenario, model);
			}
		}
		if (action == FormAction.SUBMIT && scenario.getStatus() == ScenarioStatus.DRAFT) {
			this.drafting.submit(id, user);
			redirect.addFlashAttribute("notice", "scenario.notice.submitted");
			return "redirect:/scenarios/" + id;
		}
		redirect.addFlashAttribute("notice", "scenario.notice.draftSaved");
		return "redirect:/scenarios/" + id + "/edit";
	}

	/**
	 * The person's form again, merged with what the other save changed since the revision
	 * the person started from, and a table of the fields somebody changed.
	 */
	private String showConflict(long id, Scenario opened, ScenarioForm form, Model model) {
		Scenario current = this.catalogue.find(id).orElseThrow(() -> new ScenarioNotFoundException(id));
		boolean amending = current.getStatus() == ScenarioStatus.PUBLISHED;
		ScenarioForm theirs = ScenarioForm.of(current);
		ScenarioForm base = baseOf(opened, form, amending);
		model.addAttribute("conflictDiff", ConflictDiff.merge(base, theirs, form, !amending, this.choices::kpiName));
		form.setBaseRevision(current.getRevisionNumber());
		form.setSolutionBaseRevision(theirs.getSolutionBaseRevision());
		model.addAttribute("conflict", true);
		return showForm(form, current, model);
	}

	/**
	 * The form as it was at the revisions the person started from, if they are still
	 * known.
	 */
	private ScenarioForm baseOf(Scenario opened, ScenarioForm form, boolean amending) {
		ScenarioContent text = this.earlier.scenarioAt(opened.getId(), form.getBaseRevision()).orElse(null);
		if (text == null) {
			return null;
		}
		SolutionContent first = null;
		List<Solution> solutions = opened.getSolutions();
		if (!amending && !solutions.isEmpty() && form.getSolutionBaseRevision() > 0) {
			first = this.earlier.solutionAt(solutions.get(0).getId(), form.getSolutionBaseRevision()).orElse(null);
			if (first == null) {
				return null;
			}
		}
		return ScenarioForm.of(text, first);
	}

	/** Validates for the action; a refused form is answered 422, its text shown again. */
	private boolean valid(ScenarioForm form, BindingResult result, FormAction action, HttpServletResponse response) {
		this.validator.validate(form, result);
		MissingFields.reject(result, form.missing(action));
		form.rejectBadMeasurements(result);
		this.references.check(form, result);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return !result.hasErrors();
	}

	/**
	 * The tags named in the tags field: known ones by any of their names or synonyms, the
	 * others proposed.
	 */
	private List<Long> typedTags(ScenarioForm form) {
		return this.taxonomy.tagsFor(form.tagNames().stream().map(TagCuration.TagFields::named).toList(),
				TagStatus.PROPOSED);
	}

	private Scenario editable(long id, CurrentUser user) {
		Scenario scenario = this.catalogue.find(id).orElseThrow(() -> new ScenarioNotFoundException(id));
		if (!scenario.isEditableBy(user.getId(), user.has(Role.EDITOR))) {
			throw new AccessDeniedException("Cannot edit scenario " + id);
		}
		return scenario;
	}

	private String showForm(ScenarioForm form, Scenario scenario, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("scenario", scenario);
		// on a conflict the page is the person's version: the heading names their title,
		// not the other's
		boolean conflict = Boolean.TRUE.equals(model.getAttribute("conflict"));
		model.addAttribute("heading", scenario == null ? "" : conflict ? form.getTitle() : scenario.getTitle());
		model.addAttribute("amending", scenario != null && scenario.getStatus() == ScenarioStatus.PUBLISHED);
		if (form.getTags() == null) {
			Locale locale = LocaleContextHolder.getLocale();
			form.setTags(this.taxonomy.tags(form.getTagIds())
				.stream()
				.map(tag -> tag.nameIn(locale))
				.collect(Collectors.joining(", ")));
		}
		this.choices.addTo(model);
		return FORM;
	}

}
