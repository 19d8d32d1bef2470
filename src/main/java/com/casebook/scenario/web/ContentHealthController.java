package com.casebook.scenario.web;

import java.util.Locale;
import java.util.Objects;

import com.casebook.scenario.ContentHealth;
import com.casebook.user.CurrentUser;
import com.casebook.user.UserDirectory;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Confirming a scenario is still right, reassigning its owner, and the editors' overdue
 * list.
 */
@Controller
class ContentHealthController {

	private final ContentHealth health;

	private final UserDirectory users;

	private final MessageSource messages;

	ContentHealthController(ContentHealth health, UserDirectory users, MessageSource messages) {
		this.health = health;
		this.users = users;
		this.messages = messages;
	}

	@PostMapping("/scenarios/{id}/still-valid")
	@PreAuthorize("hasRole('MANAGER')")
	String confirm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale,
			RedirectAttributes redirect) {
		this.health.confirmStillValid(id, user, this.messages.getMessage("health.confirmed.summary", null, locale));
		redirect.addFlashAttribute("notice", "health.confirmed");
		return "redirect:/scenarios/" + id;
	}

	@PostMapping("/scenarios/{id}/owner")
	@PreAuthorize("hasRole('EDITOR')")
	String owner(@PathVariable long id, @RequestParam long owner, @AuthenticationPrincipal CurrentUser editor,
			RedirectAttributes redirect) {
		this.health.assignOwner(id, owner, editor);
		redirect.addFlashAttribute("notice", "health.ownerChanged");
		return "redirect:/scenarios/" + id;
	}

	@GetMapping("/review/overdue")
	@PreAuthorize("hasRole('EDITOR')")
	String overdue(Model model) {
		var overdue = this.health.overdue();
		model.addAttribute("overdue", overdue);
		model.addAttribute("people", this.users
			.findAll(overdue.stream().map(o -> o.scenario().getOwnerId()).filter(Objects::nonNull).toList()));
		return "scenario/overdue";
	}

}
