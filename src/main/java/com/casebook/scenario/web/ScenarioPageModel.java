package com.casebook.scenario.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.casebook.scenario.ContentHealth;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioFeedback;
import com.casebook.user.CurrentUser;
import com.casebook.user.Role;
import com.casebook.user.UserDirectory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the scenario page shows, for its own address and for a refused "I applied this"
 * that shows the page again with the typed figures and their errors.
 */
@Component
class ScenarioPageModel {

	private final ScenarioCatalogue catalogue;

	private final ScenarioFeedback feedback;

	private final UserDirectory users;

	private final ContentHealth health;

	private final TemplateChoices choices;

	private final ScenarioBody body;

	ScenarioPageModel(ScenarioCatalogue catalogue, ScenarioFeedback feedback, UserDirectory users, ContentHealth health,
			TemplateChoices choices, ScenarioBody body) {
		this.catalogue = catalogue;
		this.feedback = feedback;
		this.users = users;
		this.health = health;
		this.choices = choices;
		this.body = body;
	}

	void fill(long id, CurrentUser viewer, Model model) {
		var page = this.catalogue.view(id, viewer).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("page", page);
		model.addAttribute("scenario", page.scenario());
		model.addAttribute("appliedByMe",
				viewer == null ? Set.of() : this.feedback.solutionsAppliedBy(id, viewer.getId()));
		var comments = this.feedback.comments(id);
		model.addAttribute("comments", comments);
		model.addAttribute("commenters", this.users.findAll(comments.stream().map(c -> c.getAuthorId()).toList()));
		model.addAttribute("needsReview", this.health.needsReview(page.scenario()));
		Map<Long, List<String>> contributorNames = new HashMap<>();
		page.scenario()
			.getSolutions()
			.forEach(s -> contributorNames.put(s.getId(),
					this.users.findAll(s.getContributorIds()).values().stream().map(u -> u.displayName()).toList()));
		model.addAttribute("contributorNames", contributorNames);
		model.addAttribute("owner", page.scenario().getOwnerId() == null ? null
				: this.users.findById(page.scenario().getOwnerId()).orElse(null));
		if (viewer != null && viewer.has(Role.EDITOR)) {
			model.addAttribute("ownerChoices", this.users.all());
		}
		model.addAttribute("canEdit",
				viewer != null && page.scenario().isEditableBy(viewer.getId(), viewer.has(Role.EDITOR)));
		model.addAttribute("manager", viewer != null && viewer.has(Role.MANAGER));
		model.addAttribute("editor", viewer != null && viewer.has(Role.EDITOR));
		this.choices.addMeasurementChoicesTo(model);
		model.addAttribute(ScenarioBody.NAME, this.body.of(model));
	}

}
