package com.casebook.revision.web;

import java.util.Locale;
import java.util.Objects;

import com.casebook.revision.RevisionHistory;
import com.casebook.revision.RevisionHistory.IncomparableRevisionsException;
import com.casebook.scenario.EditConflictException;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioNotFoundException;
import com.casebook.scenario.ScenarioPage;
import com.casebook.scenario.ScenarioStatus;
import com.casebook.scenario.UnchangedTextException;
import com.casebook.user.CurrentUser;
import com.casebook.user.UserDirectory;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.ConcurrencyFailureException;
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
 * A scenario's history, the comparison of two revisions and reverting to one; the
 * editors' recent changes across the wiki.
 */
@Controller
class HistoryController {

	private final RevisionHistory history;

	private final ScenarioCatalogue catalogue;

	private final UserDirectory users;

	HistoryController(RevisionHistory history, ScenarioCatalogue catalogue, UserDirectory users) {
		this.history = history;
		this.catalogue = catalogue;
		this.users = users;
	}

	@GetMapping("/scenarios/{id}/history")
	String history(@PathVariable long id, @AuthenticationPrincipal CurrentUser viewer, Model model) {
		model.addAttribute("page", visible(id, viewer));
		var revisions = this.history.history(id);
		model.addAttribute("revisions", revisions);
		// preselect the latest change: the newest revision and the one before it of the
		// same text
		if (!revisions.isEmpty()) {
			var newest = revisions.get(0);
			model.addAttribute("defaultTo", newest.id());
			revisions.stream()
				.skip(1)
				.filter(r -> Objects.equals(r.solutionId(), newest.solutionId()))
				.findFirst()
				.ifPresent(previous -> model.addAttribute("defaultFrom", previous.id()));
		}
		return "revision/history";
	}

	@GetMapping("/scenarios/{id}/diff")
	String diff(@PathVariable long id, @RequestParam long from, @RequestParam long to,
			@RequestParam(defaultValue = "changes") String view, @AuthenticationPrincipal CurrentUser viewer,
			Locale locale, Model model, RedirectAttributes redirect) {
		model.addAttribute("page", visible(id, viewer));
		// "changes only" unless the whole text was asked for
		model.addAttribute("wholeText", "whole".equals(view));
		try {
			model.addAttribute("comparison", this.history.compare(id, from, to, locale));
		}
		catch (IncomparableRevisionsException ex) {
			redirect.addFlashAttribute("problem", "revision.error.incomparable");
			return "redirect:/scenarios/" + id + "/history";
		}
		return "revision/diff";
	}

	/**
	 * Restores a revision of a published scenario. Drafts are changed through their form,
	 * and a draft the person may not see does not exist for them; a refused revert shows
	 * the history again with the reason.
	 */
	@PostMapping("/scenarios/{id}/revisions/{revisionId}/revert")
	@PreAuthorize("hasRole('MANAGER')")
	String revert(@PathVariable long id, @PathVariable long revisionId, @RequestParam(defaultValue = "") String summary,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		ScenarioPage page = visible(id, user);
		if (page.scenario().getStatus() != ScenarioStatus.PUBLISHED) {
			return refused(id, user, model, response, "revision.error.notPublished");
		}
		var entry = this.history.entry(id, revisionId);
		String reason = summary.isBlank() ? "↩ r" + entry.number() : "↩ r" + entry.number() + ": " + summary;
		try {
			this.history.revert(id, revisionId, user, reason);
		}
		catch (UnchangedTextException unchanged) {
			return refused(id, user, model, response, "revision.error.unchanged");
		}
		catch (EditConflictException | ConcurrencyFailureException conflict) {
			return refused(id, user, model, response, "revision.error.conflict");
		}
		redirect.addFlashAttribute("notice", "revision.notice.reverted");
		return "redirect:/scenarios/" + id + "/history";
	}

	private String refused(long id, CurrentUser user, Model model, HttpServletResponse response, String problem) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("problem", problem);
		return history(id, user, model);
	}

	@GetMapping("/changes")
	@PreAuthorize("hasRole('EDITOR')")
	String recentChanges(@RequestParam(required = false) Long author, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("changes", this.history.recentChanges(author, page));
		model.addAttribute("author", author);
		model.addAttribute("people", this.users.all());
		return "revision/changes";
	}

	private ScenarioPage visible(long id, CurrentUser viewer) {
		return this.catalogue.page(id, viewer).orElseThrow(() -> new ScenarioNotFoundException(id));
	}

}
