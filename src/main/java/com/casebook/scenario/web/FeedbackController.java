package com.casebook.scenario.web;

import com.casebook.scenario.ScenarioFeedback;
import com.casebook.scenario.ScenarioFeedback.AlreadyAppliedException;
import com.casebook.user.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "I applied this" and comments, open to every signed-in reader.
 */
@Controller
class FeedbackController {

	private final ScenarioFeedback feedback;

	FeedbackController(ScenarioFeedback feedback) {
		this.feedback = feedback;
	}

	@PostMapping("/scenarios/{id}/solutions/{solutionId}/applied")
	String applied(@PathVariable long id, @PathVariable long solutionId, @RequestParam(required = false) String ticket,
			@RequestParam(required = false) String outcome, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		boolean recorded;
		try {
			recorded = this.feedback.applied(id, solutionId, user, ticket, outcome);
		}
		catch (AlreadyAppliedException ex) {
			recorded = false;
		}
		redirect.addFlashAttribute("notice", recorded ? "applied.notice.recorded" : "applied.notice.already");
		return "redirect:/scenarios/" + id + "#solution-" + solutionId;
	}

	@PostMapping("/scenarios/{id}/comments")
	String comment(@PathVariable long id, @RequestParam(defaultValue = "") String body,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (body.isBlank()) {
			redirect.addFlashAttribute("problem", "comment.error.empty");
		}
		else {
			this.feedback.comment(id, user, body);
			redirect.addFlashAttribute("notice", "comment.notice.added");
		}
		return "redirect:/scenarios/" + id + "#comments";
	}

}
