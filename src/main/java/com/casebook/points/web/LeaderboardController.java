package com.casebook.points.web;

import java.util.List;

import com.casebook.points.Leaderboard;
import com.casebook.user.CurrentUser;
import com.casebook.user.UserDirectory;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Who contributed most this month, this quarter or ever, by person or team. */
@Controller
class LeaderboardController {

	private static final int TOP = 20;

	private final Leaderboard leaderboard;

	private final UserDirectory users;

	LeaderboardController(Leaderboard leaderboard, UserDirectory users) {
		this.leaderboard = leaderboard;
		this.users = users;
	}

	@GetMapping("/leaderboard")
	String leaderboard(@RequestParam(required = false) String period, @RequestParam(defaultValue = "person") String by,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Leaderboard.Period chosen = Leaderboard.Period.of(period);
		boolean teams = "team".equals(by);
		List<Leaderboard.Place> places = teams ? this.leaderboard.teams(chosen) : this.leaderboard.people(chosen);
		model.addAttribute("places", places.size() > TOP ? places.subList(0, TOP) : places);
		model.addAttribute("period", chosen);
		model.addAttribute("periods", Leaderboard.Period.values());
		model.addAttribute("teams", teams);
		// the signed-in person always sees where they stand, even outside the top list
		String myTeam = this.users.findById(user.getId()).map(u -> u.team()).orElse(null);
		model.addAttribute("mine",
				places.stream()
					.filter(p -> teams ? p.team().equals(myTeam == null ? "" : myTeam)
							: p.userId() != null && p.userId() == user.getId())
					.findFirst()
					.orElse(null));
		return "points/leaderboard";
	}

}
