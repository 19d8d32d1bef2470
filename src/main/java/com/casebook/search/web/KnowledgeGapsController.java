package com.casebook.search.web;

import com.casebook.search.KnowledgeGaps;
import com.casebook.user.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What readers searched for and did not find, for editors deciding what to write next.
 */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class KnowledgeGapsController {

	private static final int LIMIT = 50;

	private final KnowledgeGaps gaps;

	KnowledgeGapsController(KnowledgeGaps gaps) {
		this.gaps = gaps;
	}

	@GetMapping("/gaps")
	String gaps(Model model) {
		model.addAttribute("zeroResults", this.gaps.zeroResultQueries(LIMIT));
		model.addAttribute("unopened", this.gaps.unopenedQueries(LIMIT));
		model.addAttribute("windowDays", KnowledgeGaps.WINDOW.toDays());
		return "search/gaps";
	}

	@PostMapping("/gaps/draft")
	String draft(@RequestParam String query, @AuthenticationPrincipal CurrentUser editor) {
		long id = this.gaps.draftFor(query, editor);
		return "redirect:/scenarios/" + id + "/edit";
	}

}
