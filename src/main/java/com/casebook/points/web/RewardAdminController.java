package com.casebook.points.web;

import com.casebook.points.PointRules;
import com.casebook.points.Rewards;
import com.casebook.user.CurrentUser;
import com.casebook.user.UserDirectory;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
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
 * Admins keep the reward catalogue, decide redemptions and set what contributions are
 * worth.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RewardAdminController {

	private final Rewards rewards;

	private final PointRules rules;

	private final UserDirectory users;

	RewardAdminController(Rewards rewards, PointRules rules, UserDirectory users) {
		this.rewards = rewards;
		this.rules = rules;
		this.users = users;
	}

	/**
	 * A reward as the admin typed it, shown again when it cannot be saved; {@code id}
	 * null for a new one.
	 */
	record RewardDraft(Long id, String name, String description, int cost, int stock, boolean active) {
	}

	@GetMapping("/admin/rewards")
	String rewards(Model model) {
		var redemptions = this.rewards.all();
		model.addAttribute("rewards", this.rewards.catalogue(false));
		model.addAttribute("redemptions", redemptions);
		model.addAttribute("people", this.users.findAll(redemptions.stream().map(Rewards.Redemption::userId).toList()));
		return "points/admin-rewards";
	}

	@PostMapping("/admin/rewards")
	String create(@RequestParam String name, @RequestParam(required = false) String description,
			@RequestParam(defaultValue = "0") int cost, @RequestParam(defaultValue = "0") int stock, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.rewards.create(name, description, cost, stock);
		}
		catch (Rewards.InvalidReward invalid) {
			return refused(new RewardDraft(null, name, description, cost, stock, true), invalid, model, response);
		}
		redirect.addFlashAttribute("notice", "rewards.admin.saved");
		return "redirect:/admin/rewards";
	}

	@PostMapping("/admin/rewards/{id}")
	String update(@PathVariable long id, @RequestParam String name, @RequestParam(required = false) String description,
			@RequestParam(defaultValue = "0") int cost, @RequestParam(defaultValue = "0") int stock,
			@RequestParam(defaultValue = "false") boolean active, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.rewards.update(id, name, description, cost, stock, active);
		}
		catch (Rewards.InvalidReward invalid) {
			return refused(new RewardDraft(id, name, description, cost, stock, active), invalid, model, response);
		}
		catch (IllegalArgumentException unknown) {
			redirect.addFlashAttribute("problem", "rewards.admin.invalid");
			return "redirect:/admin/rewards";
		}
		redirect.addFlashAttribute("notice", "rewards.admin.saved");
		return "redirect:/admin/rewards";
	}

	/**
	 * The page again, with what the admin typed kept in its form and the reason above it.
	 */
	private String refused(RewardDraft draft, Rewards.InvalidReward invalid, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("draft", draft);
		model.addAttribute("problem", invalid.messageKey());
		return rewards(model);
	}

	@PostMapping("/admin/redemptions/{id}/fulfil")
	String fulfil(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		return act(redirect, "rewards.admin.fulfilled", () -> this.rewards.fulfil(id, admin.getId()));
	}

	@PostMapping("/admin/redemptions/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) String note,
			@AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		return act(redirect, "rewards.admin.rejected", () -> this.rewards.reject(id, admin.getId(), note));
	}

	@GetMapping("/admin/points")
	String rules(Model model) {
		model.addAttribute("rules", this.rules.all());
		return "points/rules";
	}

	@PostMapping("/admin/points/{code}")
	String change(@PathVariable String code, @RequestParam int amount, @AuthenticationPrincipal CurrentUser admin,
			RedirectAttributes redirect) {
		try {
			this.rules.change(code, amount, admin.getId());
			redirect.addFlashAttribute("notice", "points.rules.saved");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", "points.rules.invalid");
		}
		return "redirect:/admin/points";
	}

	private static String act(RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			redirect.addFlashAttribute("problem", "rewards.admin.invalid");
		}
		return "redirect:/admin/rewards";
	}

}
