package com.casebook.scenario.web;

import java.util.Locale;

import com.casebook.scenario.Scenario;
import com.casebook.scenario.SolutionAdoption;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.Solution;
import com.casebook.scenario.SolutionContent;
import com.casebook.user.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors merge two solutions of one scenario that say the same thing, combining their
 * texts.
 */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class SolutionMergeController {

	private final ScenarioCatalogue catalogue;

	private final SolutionAdoption adoption;

	private final MessageSource messages;

	SolutionMergeController(ScenarioCatalogue catalogue, SolutionAdoption adoption, MessageSource messages) {
		this.catalogue = catalogue;
		this.adoption = adoption;
		this.messages = messages;
	}

	@GetMapping("/scenarios/{id}/solutions/merge")
	String form(@PathVariable long id, @RequestParam long kept, @RequestParam long merged, Model model) {
		Scenario scenario = scenario(id);
		Solution keep = live(scenario, kept);
		Solution away = live(scenario, merged);
		if (kept == merged) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		model.addAttribute("scenario", scenario);
		model.addAttribute("kept", keep);
		model.addAttribute("merged", away);
		model.addAttribute("actions", combine(keep.getActions(), away.getActions()));
		model.addAttribute("effect", combine(keep.getEffect(), away.getEffect()));
		model.addAttribute("prevention", combine(keep.getPrevention(), away.getPrevention()));
		return "scenario/solution-merge";
	}

	@PostMapping("/scenarios/{id}/solutions/merge")
	String merge(@PathVariable long id, @RequestParam long kept, @RequestParam long merged,
			@RequestParam String actions, @RequestParam String effect,
			@RequestParam(required = false) String prevention, @AuthenticationPrincipal CurrentUser editor,
			Locale locale, Model model, RedirectAttributes redirect) {
		SolutionContent combined = new SolutionContent(actions, effect, prevention);
		if (!combined.hasRequiredFields()) {
			Scenario scenario = scenario(id);
			model.addAttribute("scenario", scenario);
			model.addAttribute("kept", live(scenario, kept));
			model.addAttribute("merged", live(scenario, merged));
			model.addAttribute("actions", actions);
			model.addAttribute("effect", effect);
			model.addAttribute("prevention", prevention);
			model.addAttribute("problem", "solution.merge.required");
			return "scenario/solution-merge";
		}
		this.adoption.mergeSolutions(id, kept, merged, combined, editor,
				this.messages.getMessage("solution.merge.summary", new Object[] { merged }, locale));
		redirect.addFlashAttribute("notice", "solution.merge.done");
		return "redirect:/scenarios/" + id + "#solution-" + kept;
	}

	private static String combine(String first, String second) {
		if (second == null || second.isBlank() || second.strip().equals(first == null ? "" : first.strip())) {
			return first;
		}
		return first == null || first.isBlank() ? second : first.strip() + "\n\n" + second.strip();
	}

	private Scenario scenario(long id) {
		return this.catalogue.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Solution live(Scenario scenario, long solutionId) {
		return scenario.getSolutions()
			.stream()
			.filter(s -> s.getId() == solutionId)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
