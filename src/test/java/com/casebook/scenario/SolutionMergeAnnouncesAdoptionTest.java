package com.casebook.scenario;

import com.casebook.CasebookIntegrationTest;
import com.casebook.points.PointReason;
import com.casebook.points.PointsLedger;
import com.casebook.scenario.ScenarioLifecycleEvents.SolutionAdoptionChanged;
import com.casebook.scenario.ScenarioLifecycleEvents.SolutionsMerged;
import com.casebook.user.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
	TestScenarios scenarios;

	@Autowired
	SolutionAdoption adoption;

	@Autowired
	WikiAmendments amendments;

	@Autowired
	ScenarioCatalogue catalogue;

	@Autowired
	PointsLedger ledger;

	@Autowired
	ApplicationEvents events;

	@Test
	void mergingTheAdoptedSolutionIntoAnotherAnnouncesTheAdoptionMoving() {
		CurrentUser manager = this.scenarios.user("manager");
		CurrentUser editor = this.scenarios.user("editor");
		long id = this.scenarios.published(manager,
				ScenarioContent.builder().title("采纳随合并转移").situation("采纳随合并转移的描述").categoryId(1L).build(),
				SolutionContent.of("1. 先安抚", "客户平静"));
		long kept = this.catalogue.find(id).orElseThrow().getSolutions().get(0).getId();
		long merged = this.amendments.addSolution(id, this.scenarios.user("manager2"),
				SolutionContent.of("1. 先道歉再安抚", "客户平静下来"));
		this.adoption.adopt(id, merged, editor, null);
		this.events.clear();

		this.adoption.mergeSolutions(id, kept, merged, SolutionContent.of("1. 先道歉，再安抚", "客户平静"), editor, null);

		assertThat(this.events.stream(SolutionAdoptionChanged.class))
			.extracting(SolutionAdoptionChanged::solutionId, SolutionAdoptionChanged::adopted)
			.containsExactly(tuple(merged, false), tuple(kept, true));
		assertThat(this.events.stream(SolutionsMerged.class)).hasSize(1);
		assertThat(this.ledger.holds(manager.getId(), PointReason.SOLUTION_ADOPTED, "solution:" + kept)).isTrue();
		assertThat(this.ledger.holds(this.scenarios.user("manager2").getId(), PointReason.SOLUTION_ADOPTED,
				"solution:" + merged))
			.isFalse();
	}

}
