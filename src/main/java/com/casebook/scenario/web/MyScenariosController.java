package com.casebook.scenario.web;

import com.casebook.scenario.ContentHealth;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.user.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * An author's own scenarios, whatever their status, with the editor's comment when one
 * was sent back.
 */
@Controller
@PreAuthorize("hasRole('MANAGER')")
class MyScenariosController {

	private final ScenarioCatalogue catalogue;

	private final ContentHealth health;

	MyScenariosController(ScenarioCatalogue catalogue, ContentHealth health) {
		this.health = health;
		this.catalogue = catalogue;
	}

	@GetMapping("/my/scenarios")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("scenarios", this.catalogue.byAuthor(user.getId()));
		model.addAttribute("dueForReview", this.health.overdueOwnedBy(user.getId()));
		return "scenario/mine";
	}

}
