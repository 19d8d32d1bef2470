package com.casebook.scenario.web;

import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioDrafting;
import com.casebook.scenario.ScenarioNotFoundException;
import com.casebook.user.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deleting one's own draft: a page that asks first, then the deletion itself.
 */
@Controller
@PreAuthorize("hasRole('MANAGER')")
class DraftDeletionController {

	private final ScenarioCatalogue catalogue;

	private final ScenarioDrafting drafting;

	DraftDeletionController(ScenarioCatalogue catalogue, ScenarioDrafting drafting) {
		this.catalogue = catalogue;
		this.drafting = drafting;
	}

	@GetMapping("/scenarios/{id}/delete")
	String confirm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("page", this.catalogue.page(id, user).orElseThrow(() -> new ScenarioNotFoundException(id)));
		return "scenario/delete";
	}

	@PostMapping("/scenarios/{id}/delete")
	String delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.drafting.deleteDraft(id, user);
		redirect.addFlashAttribute("notice", "draft.delete.done");
		return "redirect:/my/scenarios";
	}

}
