package com.casebook.merge.web;

import java.util.Locale;

import com.casebook.merge.Merges;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.ScenarioPage;
import com.casebook.user.CurrentUser;

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
 * Merging a duplicate (source) into a scenario (target): a preview of the result, in
 * which the editor may rewrite the target's situation to combine both texts, then the
 * merge; and undoing it.
 */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class MergeController {

	private final Merges merges;

	private final ScenarioCatalogue catalogue;

	MergeController(Merges merges, ScenarioCatalogue catalogue) {
		this.merges = merges;
		this.catalogue = catalogue;
	}

	@GetMapping("/scenarios/{target}/merge")
	String preview(@PathVariable long target, @RequestParam long source,
			@RequestParam(required = false) String situation, @AuthenticationPrincipal CurrentUser editor,
			Model model) {
		ScenarioContent result;
		try {
			result = this.merges.preview(target, source, situation);
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			model.addAttribute("refusal", ex.getMessage());
			result = null;
		}
		model.addAttribute("target", page(target, editor));
		model.addAttribute("source", page(source, editor));
		model.addAttribute("result", result);
		model.addAttribute("situation", situation != null ? situation : result == null ? "" : result.situation());
		return "merge/preview";
	}

	@PostMapping("/scenarios/{target}/merge")
	String merge(@PathVariable long target, @RequestParam long source, @RequestParam(required = false) String situation,
			@AuthenticationPrincipal CurrentUser editor, Locale locale, RedirectAttributes redirect) {
		this.merges.merge(target, source, situation, editor, locale);
		redirect.addFlashAttribute("notice", "merge.done");
		return "redirect:/scenarios/" + target;
	}

	@PostMapping("/merges/{id}/undo")
	String undo(@PathVariable long id, @RequestParam long scenario, @AuthenticationPrincipal CurrentUser editor,
			Locale locale, RedirectAttributes redirect) {
		this.merges.undo(id, editor, locale);
		redirect.addFlashAttribute("notice", "merge.undone");
		return "redirect:/scenarios/" + scenario;
	}

	private ScenarioPage page(long id, CurrentUser editor) {
		return this.catalogue.page(id, editor).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
