package com.casebook.search;

import java.util.Set;

import jakarta.persistence.EntityManager;

import com.casebook.CasebookIntegrationTest;
import com.casebook.scenario.Scenario;
import com.casebook.scenario.ScenarioDrafting;
import com.casebook.scenario.ScenarioReview;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.SolutionContent;
import com.casebook.user.CurrentUser;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up comparison of the index with the database, on drift made by hand: a row
 * changed with SQL behind Hibernate's back and a document removed from the index.
 */
@CasebookIntegrationTest
class IndexRepairTest {

	@Autowired
	IndexMaintenance maintenance;

	@Autowired
	ScenarioSearch search;

	@Autowired
	ScenarioDrafting drafting;

	@Autowired
	ScenarioReview review;

	@Autowired
	UserDetailsService accounts;

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
		CurrentUser manager = (CurrentUser) this.accounts.loadUserByUsername("manager");
		CurrentUser editor = (CurrentUser) this.accounts.loadUserByUsername("editor");
		long id = this.drafting.createDraft(manager,
				new ScenarioContent("索引修复测试", situation, 1L, null, null, Set.of(), Set.of(), null, null),
				new SolutionContent("1. 行动", "效果", null));
		this.drafting.submit(id, manager);
		this.review.publish(id, editor);
		return id;
	}

	private java.util.List<Long> ids(String text) {
		return this.search.search(text, 0, 10).hits().stream().map(SearchHit::id).toList();
	}

}
