package com.casebook.search;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;

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

	long id(String ref) {
		return this.jdbc.queryForObject("select id from scenario where external_ref = ?", Long.class, ref);
	}

}
