package com.casebook.scenario;

import java.util.Set;

import com.casebook.user.CurrentUser;

import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Scenarios for tests, written through the application as the demo accounts would: a
 * draft of "manager", or the same published by "editor".
 */
public final class TestScenarios {

	private final ScenarioDrafting drafting;

	private final ScenarioReview review;

	private final ScenarioCatalogue catalogue;

	private final UserDetailsService accounts;

	public TestScenarios(ScenarioDrafting drafting, ScenarioReview review, ScenarioCatalogue catalogue,
			UserDetailsService accounts) {
		this.drafting = drafting;
		this.review = review;
		this.catalogue = catalogue;
		this.accounts = accounts;
	}

	public CurrentUser user(String username) {
		return (CurrentUser) this.accounts.loadUserByUsername(username);
	}

	/** A category that exists in the demo data. */
	public long categoryId() {
		long any = this.catalogue.published(new CatalogueQuery(null, null, 0, 1)).getContent().get(0).id();
		return this.catalogue.find(any).orElseThrow().getCategoryId();
	}

	public ScenarioContent content(String title, String situation) {
		return new ScenarioContent(title, situation, categoryId(), null, null, Set.of(), Set.of(), null, null);
	}

	/** A draft of "manager" with one solution. */
	public long draft(String title, String situation, String actions, String effect) {
		return this.drafting.createDraft(user("manager"), content(title, situation),
				new SolutionContent(actions, effect, null));
	}

	/** A scenario of "manager" with one solution, published by "editor". */
	public long published(String title, String situation, String actions, String effect) {
		long id = draft(title, situation, actions, effect);
		this.drafting.submit(id, user("manager"));
		this.review.publish(id, user("editor"));
		return id;
	}

	public Scenario find(long id) {
		return this.catalogue.find(id).orElseThrow();
	}

}
