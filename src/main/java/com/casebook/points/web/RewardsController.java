package com.casebook.points.web;

import com.casebook.points.PointsLedger;
import com.casebook.points.Rewards;
import com.casebook.user.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reward catalogue as everyone sees it, redeeming, and one's own redemptions. */
@Controller
class RewardsController {

	private final Rewards rewards;

	private final PointsLedger ledger;

	RewardsController(Rewards rewards, PointsLedger ledger) {
		this.rewards = rewards;
		this.ledger = ledger;
	}

	@GetMapping("/rewards")
	String rewards(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("rewards", this.rewards.catalogue(true));
		model.addAttribute("balance", this.ledger.balance(user.getId()));
		model.addAttribute("redemptions", this.rewards.of(user.getId()));
		return "points/rewards";
	}

	/**
	 * Asks first: what the reward costs and what would be left, with the button that
	 * redeems it.
	 */
	@GetMapping("/rewards/{id}/redeem")
	String confirm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		var reward = this.rewards.find(id).filter(Rewards.Reward::active);
		if (reward.isEmpty()) {
			redirect.addFlashAttribute("problem", "rewards.error.unavailable");
			return "redirect:/rewards";
		}
		model.addAttribute("reward", reward.get());
		model.addAttribute("balance", this.ledger.balance(user.getId()));
		return "points/redeem";
	}

	@PostMapping("/rewards/{id}/redeem")
	String redeem(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			this.rewards.redeem(user.getId(), id);
			redirect.addFlashAttribute("notice", "rewards.redeemed");
		}
		catch (Rewards.RedemptionRefused refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/rewards";
	}

}
