package com.casebook.scenario;

import java.util.Set;

import com.casebook.CasebookIntegrationTest;
import com.casebook.points.PointReason;
import com.casebook.points.PointsLedger;
import com.casebook.scenario.ScenarioLifecycleEvents.SolutionAdoptionChanged;
import com.casebook.scenario.ScenarioLifecycleEvents.SolutionsMerged;
import com.casebook.user.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Merging away the adopted solution moves the adoption to the kept one, and says so: the
 * adoption points follow it.
 */
@CasebookIntegrationTest
@RecordApplicationEvents
class SolutionMergeAnnouncesAdoptionTest {

	@Autowired
	ScenarioDrafting drafting;

	@Autowired
	ScenarioReview review;

	@Autowired
	SolutionAdoption adoption;

	@Autowired
	WikiAmendments amendments;

	@Autowired
	ScenarioCatalogue catalogue;

	@Autowired
	PointsLedger ledger;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	ApplicationEvents events;

	@Test
	void mergingTheAdoptedSolutionIntoAnotherAnnouncesTheAdoptionMoving() {
		CurrentUser manager = user("manager");
		CurrentUser editor = user("editor");
		long id = this.drafting.createDraft(manager,
				new ScenarioContent("采纳随合并转移", "采纳随合并转移的描述", 1L, null, null, Set.of(), Set.of(), null, null),
				new SolutionContent("1. 先安抚", "客户平静", null));
		this.drafting.submit(id, manager);
		this.review.publish(id, editor);
		long kept = this.catalogue.find(id).orElseThrow().getSolutions().get(0).getId();
		long merged = this.amendments.addSolution(id, user("manager2"),
				new SolutionContent("1. 先道歉再安抚", "客户平静下来", null));
		this.adoption.adopt(id, merged, editor, null);
		this.events.clear();

		this.adoption.mergeSolutions(id, kept, merged, new SolutionContent("1. 先道歉，再安抚", "客户平静", null), editor, null);

		assertThat(this.events.stream(SolutionAdoptionChanged.class))
			.extracting(SolutionAdoptionChanged::solutionId, SolutionAdoptionChanged::adopted)
			.containsExactly(tuple(merged, false), tuple(kept, true));
		assertThat(this.events.stream(SolutionsMerged.class)).hasSize(1);
		assertThat(this.ledger.holds(manager.getId(), PointReason.SOLUTION_ADOPTED, "solution:" + kept)).isTrue();
		assertThat(this.ledger.holds(user("manager2").getId(), PointReason.SOLUTION_ADOPTED, "solution:" + merged))
			.isFalse();
	}

	private CurrentUser user(String name) {
		return (CurrentUser) this.accounts.loadUserByUsername(name);
	}

}
