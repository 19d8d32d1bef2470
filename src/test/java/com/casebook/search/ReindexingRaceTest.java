package com.casebook.search;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.TestScenarios;
import com.casebook.scenario.WikiAmendments;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writing documents again (after an import's batch, or a renamed tag) while someone saves
 * one of the scenarios: the index ends with the saved text, never the one loaded before.
 */
@CasebookIntegrationTest
class ReindexingRaceTest {

	@Autowired
	ScenarioReindexing reindexing;

	@Autowired
	TestScenarios scenarios;

	@Autowired
	TestUsers users;

	@Autowired
	WikiAmendments amendments;

	@Autowired
	ScenarioCatalogue catalogue;

	@Autowired
	ScenarioSearch search;

	@AfterEach
	void noMoreSaving() {
		this.reindexing.afterLoading(() -> {
		});
	}

	@Test
	void aScenarioSavedWhileItsDocumentIsWrittenAgainIsFoundByItsSavedText() {
		long id = this.scenarios.published("夜班交接遗漏客户回拨承诺", "夜班交接时常常漏掉白天答应客户的回拨。", "交接单增加回拨清单", "漏回拨减少");
		int base = this.catalogue.find(id).orElseThrow().getRevisionNumber();
		this.reindexing.afterLoading(() -> {
			this.reindexing.afterLoading(() -> {
			});
			// another request saves the scenario, and indexes it, after this one loaded
			// it
			CompletableFuture
				.runAsync(() -> this.amendments.amend(id, this.users.manager(),
						this.scenarios.content("早班交接遗漏工单升级承诺", "早班交接时常常漏掉答应客户的工单升级。"), base, "改标题"))
				.join();
		});

		this.reindexing.reindex(List.of(id));

		assertThat(this.search.search("工单升级承诺", 0, 10).hits()).anyMatch(hit -> hit.id() == id);
		assertThat(this.search.search("回拨承诺", 0, 10).hits()).noneMatch(hit -> hit.id() == id);
	}

}
