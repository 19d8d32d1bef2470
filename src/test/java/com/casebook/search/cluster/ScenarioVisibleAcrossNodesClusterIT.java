package com.casebook.search.cluster;

import java.time.Duration;

import com.casebook.TestUsers;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.ScenarioDrafting;
import com.casebook.scenario.ScenarioReview;
import com.casebook.scenario.SolutionContent;
import com.casebook.search.ScenarioSearch;
import com.casebook.search.SearchHit;
import com.casebook.user.CurrentUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Casebook nodes, each its own Spring context with its own web server, on one
 * PostgreSQL and one OpenSearch cluster: a scenario published through node A is found
 * through node B within {@link #VISIBLE_WITHIN} (the time measured is printed, and
 * reported in docs/scale-out.md).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenarioVisibleAcrossNodesClusterIT {

	static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

	private ConfigurableApplicationContext nodeA;

	private ConfigurableApplicationContext nodeB;

	@BeforeAll
	void startTwoNodes() {
		this.nodeA = CasebookNodes.start("a");
		this.nodeB = CasebookNodes.start("b");
	}

	@AfterAll
	void stopNodes() {
		CasebookNodes.stop(this.nodeB);
		CasebookNodes.stop(this.nodeA);
	}

	@Test
	void aScenarioPublishedOnOneNodeIsFoundOnTheOther() {
		TestUsers users = this.nodeA.getBean(TestUsers.class);
		CurrentUser manager = users.manager();
		CurrentUser editor = users.editor();
		String word = CasebookNodes.unique("北极星暗号");
		ScenarioSearch searchOnB = this.nodeB.getBean(ScenarioSearch.class);
		assertThat(searchOnB.search(word, 0, 10).hits()).isEmpty();

		ScenarioDrafting drafting = this.nodeA.getBean(ScenarioDrafting.class);
		long id = drafting.createDraft(manager,
				ScenarioContent.builder().title(word + " 跨节点").situation(word + "只在节点 A 发布").categoryId(1L).build(),
				SolutionContent.of("1. 行动", "效果"));
		drafting.submit(id, manager);
		this.nodeA.getBean(ScenarioReview.class).publish(id, editor);
		long foundAfter = CasebookNodes.millisUntil(
				() -> searchOnB.search(word, 0, 10).hits().stream().map(SearchHit::id).anyMatch(hit -> hit == id),
				VISIBLE_WITHIN, Duration.ofMillis(20));
		System.out.println("Published on node A, found on node B after " + foundAfter + " ms");
		assertThat(foundAfter).as("ms until node B finds the scenario node A published").isNotNegative();
	}

}
