package com.casebook.search;

import java.util.List;

import jakarta.persistence.EntityManager;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.scenario.Scenario;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.SolutionContent;
import com.casebook.scenario.TestScenarios;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up comparison of the index with the database, on drift made by hand: a row
 * changed with SQL behind Hibernate's back and a document removed from the index.
 */
@CasebookIntegrationTest
class IndexRepairTest {

	@Autowired
	TestUsers users;

	@Autowired
	TestScenarios scenarios;

	@Autowired
	IndexMaintenance maintenance;

	@Autowired
	ScenarioSearch search;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void repairReindexesOutdatedAndMissingDocumentsFoundByComparingIdsAndVersions() {
		long outdated = published("珊瑚暗号 coral");
		long missing = published("海葵暗号 anemone");
		this.jdbc.update("update scenario set situation = '海象暗号 walrus', version = version + 1 where id = ?", outdated);
		this.transactions.executeWithoutResult(
				status -> Search.session(this.entityManager).indexingPlan().purge(Scenario.class, missing, null));
		assertThat(ids("walrus")).doesNotContain(outdated);
		assertThat(ids("anemone")).doesNotContain(missing);

		IndexDrift drift = this.maintenance.repair();

		assertThat(drift.stale()).contains(outdated, missing);
		assertThat(ids("walrus")).containsExactly(outdated);
		assertThat(ids("coral")).doesNotContain(outdated);
		assertThat(ids("anemone")).containsExactly(missing);
		assertThat(this.maintenance.repair().stale()).doesNotContain(outdated, missing);
	}

	private long published(String situation) {
		return this.scenarios.published(this.users.user("manager"),
				ScenarioContent.builder().title("索引修复测试").situation(situation).categoryId(1L).build(),
				SolutionContent.of("1. 行动", "效果"));
	}

	private List<Long> ids(String text) {
		return this.search.search(text, 0, 10).hits().stream().map(SearchHit::id).toList();
	}

}
