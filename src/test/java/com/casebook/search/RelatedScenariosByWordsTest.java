package com.casebook.search;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.ScenarioReview;
import com.casebook.scenario.SolutionContent;
import com.casebook.scenario.TestScenarios;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With semantic search off (or before a scenario has its vector), the related scenarios
 * are those sharing its rare words.
 */
@CasebookIntegrationTest
class RelatedScenariosByWordsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestScenarios scenarios;

	@Autowired
	ScenarioReview review;

	@Test
	void withoutVectorsTheScenarioSharingRareWordsIsRelated() {
		// 台风导致航班大面积取消，话务激增 and 航班因机械故障取消，旅客在柜台要求高额赔偿
		String related = RelatedScenariosTest.relatedSection(this.mvc, this.users, id("demo-013"));
		assertThat(related).contains("/scenarios/" + id("demo-027") + "\"")
			.doesNotContain("/scenarios/" + id("demo-013") + "\"");
	}

	@Test
	void withoutVectorsASubmittedScenarioIsNotRelated() {
		String related = RelatedScenariosTest.relatedSection(this.mvc, this.users, id("demo-001"));
		assertThat(related).doesNotContain("/scenarios/" + id("demo-033") + "\"");
	}

	@Test
	void aListSeenBeforeStillShowsAScenarioPublishedOrArchivedSince() {
		long typhoon = id("demo-013");
		String before = RelatedScenariosTest.relatedSection(this.mvc, this.users, typhoon);
		long published = this.scenarios.published(this.users.user("manager"),
				ScenarioContent.builder()
					.title("台风航班大面积取消，旅客话务激增")
					.situation("台风过境，机场航班大面积取消，旅客集中来电改签退票，话务激增，坐席排队严重。")
					.categoryId(1L)
					.build(),
				SolutionContent.of("1. 开启台风应急话术", "排队时长下降"));
		assertThat(before).doesNotContain("/scenarios/" + published + "\"");
		assertThat(RelatedScenariosTest.relatedSection(this.mvc, this.users, typhoon))
			.contains("/scenarios/" + published + "\"");

		this.review.archive(published, this.users.user("editor"));
		assertThat(RelatedScenariosTest.relatedSection(this.mvc, this.users, typhoon))
			.doesNotContain("/scenarios/" + published + "\"");
	}

	long id(String ref) {
		return this.jdbc.queryForObject("select id from scenario where external_ref = ?", Long.class, ref);
	}

}
