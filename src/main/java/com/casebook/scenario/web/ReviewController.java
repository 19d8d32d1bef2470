package com.casebook.scenario.web;

import com.casebook.scenario.ReviewQueue;
import com.casebook.scenario.ScenarioReview;
import com.casebook.user.CurrentUser;

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
 * The editors' review queue (oldest submission first), publishing and sending back.
 */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class ReviewController {

	private final ReviewQueue queue;

	private final ScenarioReview review;

	ReviewController(ReviewQueue queue, ScenarioReview review) {
		this.queue = queue;
		this.review = review;
	}

	@GetMapping("/review")
	String queue(Model model) {
		model.addAttribute("submissions", this.queue.waiting());
		return "scenario/review";
	}

	@PostMapping("/scenarios/{id}/publish")
	String publish(@PathVariable long id, @AuthenticationPrincipal CurrentUser editor, RedirectAttributes redirect) {
		this.review.publish(id, editor);
		redirect.addFlashAttribute("notice", "scenario.notice.published");
		return "redirect:/scenarios/" + id;
	}

	@PostMapping("/scenarios/{id}/archive")
	String archive(@PathVariable long id, @AuthenticationPrincipal CurrentUser editor, RedirectAttributes redirect) {
		this.review.archive(id, editor);
		redirect.addFlashAttribute("notice", "scenario.notice.archived");
		return "redirect:/scenarios/" + id;
	}

	@PostMapping("/scenarios/{id}/send-back")
	String sendBack(@PathVariable long id, @RequestParam(defaultValue = "") String comment,
			@AuthenticationPrincipal CurrentUser editor, RedirectAttributes redirect) {
		if (comment.isBlank()) {
			redirect.addFlashAttribute("problem", "scenario.error.sendBackComment");
			return "redirect:/scenarios/" + id;
		}
		this.review.sendBack(id, editor, comment);
		redirect.addFlashAttribute("notice", "scenario.notice.sentBack");
		return "redirect:/review";
	}

}
