package com.casebook.points.web;

import java.util.List;

import com.casebook.points.ContributorProfile;
import com.casebook.points.Leaderboard;
import com.casebook.points.PointsLedger;
import com.casebook.points.Rewards;
import com.casebook.user.ApiTokens;
import com.casebook.user.CurrentUser;
import com.casebook.user.Role;
import com.casebook.user.UserDirectory;
import com.casebook.user.UserSummary;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A person's profile: points, rank, what earned them, and their scenarios and solutions.
 */
@Controller
class ProfileController {

	private static final int ENTRIES = 100;

	private final UserDirectory users;

	private final PointsLedger ledger;

	private final Leaderboard leaderboard;

	private final ContributorProfile profile;

	private final Rewards rewards;

	private final ApiTokens tokens;

	ProfileController(UserDirectory users, PointsLedger ledger, Leaderboard leaderboard, ContributorProfile profile,
			Rewards rewards, ApiTokens tokens) {
		this.users = users;
		this.ledger = ledger;
		this.leaderboard = leaderboard;
		this.profile = profile;
		this.rewards = rewards;
		this.tokens = tokens;
	}

	@GetMapping("/people/{username}")
	String profile(@PathVariable String username, @AuthenticationPrincipal CurrentUser viewer, Model model) {
		UserSummary person = this.users.findByUsername(username)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("person", person);
		model.addAttribute("balance", this.ledger.balance(person.id()));
		model.addAttribute("rank", this.leaderboard.rankOf(person.id()));
		model.addAttribute("entries", this.ledger.entries(person.id(), ENTRIES));
		model.addAttribute("contributions", this.profile.contributions(person.id()));
		model.addAttribute("work", this.profile.work(person.id(), 50));
		boolean own = viewer != null && (viewer.getId() == person.id() || viewer.has(Role.ADMIN));
		model.addAttribute("redemptions", own ? this.rewards.of(person.id()) : List.of());
		model.addAttribute("own", own);
		model.addAttribute("apiTokens", own ? this.tokens.of(person.id()) : List.of());
		boolean mine = viewer != null && viewer.getId() == person.id();
		model.addAttribute("mine", mine);
		if (mine) {
			model.addAttribute("preferredLanguage", this.users.languageOf(person.id()).toLanguageTag());
		}
		return "points/profile";
	}

}
