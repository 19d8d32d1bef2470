package com.casebook.scenario.web;

import java.util.ArrayList;
import java.util.List;

import com.casebook.scenario.Measurement;
import com.casebook.scenario.ScenarioFeedback;
import com.casebook.scenario.ScenarioFeedback.AlreadyAppliedException;
import com.casebook.taxonomy.ReferenceKind;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.CurrentUser;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
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

	private final ScenarioPageModel pageModel;

	private final Taxonomy taxonomy;

	FeedbackController(ScenarioFeedback feedback, ScenarioPageModel pageModel, Taxonomy taxonomy) {
		this.feedback = feedback;
		this.pageModel = pageModel;
		this.taxonomy = taxonomy;
	}

	@PostMapping("/scenarios/{id}/solutions/{solutionId}/applied")
	String applied(@PathVariable long id, @PathVariable long solutionId, @ModelAttribute("applied") AppliedForm form,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Measurement measurement = form.isBlank() ? null : form.measurement();
		List<String> problems = measurement == null ? List.of() : problems(measurement);
		if (!problems.isEmpty()) {
			// the page again, the form open with what was typed and what is wrong with it
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("appliedSolutionId", solutionId);
			model.addAttribute("appliedProblems", problems);
			this.pageModel.fill(id, user, model);
			return "scenario/show";
		}
		boolean recorded;
		try {
			recorded = this.feedback.applied(id, solutionId, user, form.getTicket(), form.getOutcome(), measurement);
		}
		catch (AlreadyAppliedException ex) {
			recorded = false;
		}
		redirect.addFlashAttribute("notice", recorded ? "applied.notice.recorded" : "applied.notice.already");
		return "redirect:/scenarios/" + id + "#solution-" + solutionId;
	}

	private List<String> problems(Measurement measurement) {
		List<String> problems = new ArrayList<>(
				measurement.problems().stream().map(Measurement.Problem::messageKey).toList());
		boolean knownKpi = measurement.kpiId() == null
				|| this.taxonomy.reference(measurement.kpiId()).filter(k -> k.kind() == ReferenceKind.KPI).isPresent();
		if (!knownKpi) {
			problems.add(Measurement.Problem.KPI.messageKey());
		}
		return problems;
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
