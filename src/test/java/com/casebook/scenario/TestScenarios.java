package com.casebook.scenario;

import com.casebook.user.CurrentUser;

import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Scenarios for tests, written through the application as the demo accounts would: a
 * draft of "manager" (or another author), or the same submitted by its author and
 * published by "editor".
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
		return ScenarioContent.builder().title(title).situation(situation).categoryId(categoryId()).build();
	}

	/** A draft of "manager" with one solution. */
	public long draft(String title, String situation, String actions, String effect) {
		return this.drafting.createDraft(user("manager"), content(title, situation),
				SolutionContent.of(actions, effect));
	}

	/** Submits a draft of "manager" for review. */
	public void submit(long draftId) {
		this.drafting.submit(draftId, user("manager"));
	}

	/** A scenario of "manager" with one solution, published by "editor". */
	public long published(String title, String situation, String actions, String effect) {
		return published(user("manager"), content(title, situation), SolutionContent.of(actions, effect));
	}

	/** A scenario of "manager" with this content and solution, published by "editor". */
	public long published(ScenarioContent content, SolutionContent solution) {
		return published(user("manager"), content, solution);
	}

	/**
	 * A scenario of {@code author} with this content and solution, submitted by its
	 * author and published by "editor".
	 */
	public long published(CurrentUser author, ScenarioContent content, SolutionContent solution) {
		long id = this.drafting.createDraft(author, content, solution);
		this.drafting.submit(id, author);
		this.review.publish(id, user("editor"));
		return id;
	}

	public Scenario find(long id) {
		return this.catalogue.find(id).orElseThrow();
	}

}
