package com.casebook.merge;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.SolutionContent;
import com.casebook.scenario.TestScenarios;
import com.casebook.search.ScenarioSearch;
import com.casebook.search.SearchHit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A merge fails after the solutions, comments and revisions have moved (a listener of the
 * merge event, such as the audit log, throws): nothing of it may remain.
 */
@CasebookIntegrationTest
@Import(MergeAtomicityTest.FailingAfterTheMoves.class)
class MergeAtomicityTest {

	@Autowired
	TestUsers users;

	@Autowired
	TestScenarios scenarios;

	static final AtomicBoolean FAIL = new AtomicBoolean();

	@TestConfiguration
	static class FailingAfterTheMoves {

		@Bean
		Object mergeSaboteur() {
			return new Object() {
				@EventListener
				void on(MergeEvents.ScenariosMerged merged) {
					if (FAIL.get()) {
						throw new IllegalStateException("failure in the middle of the merge");
					}
				}
			};
		}

	}

	@Autowired
	Merges merges;

	@Autowired
	ScenarioSearch search;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFailureInTheMiddleOfAMergeLeavesTheDatabaseAndTheIndexUnchanged() {
		long target = published("珊瑚暗号 甲", "珊瑚甲方的描述");
		long source = published("珊瑚暗号 乙", "珊瑚乙方的描述");
		List<Map<String, Object>> before = database(target, source);

		FAIL.set(true);
		try {
			assertThatThrownBy(() -> this.merges.merge(target, source, "合并描述", this.users.user("editor"), Locale.CHINA))
				.hasMessageContaining("failure in the middle");
		}
		finally {
			FAIL.set(false);
		}

		assertThat(database(target, source)).isEqualTo(before);
		assertThat(this.search.search("珊瑚暗号", 0, 10).hits()).extracting(SearchHit::id)
			.containsExactlyInAnyOrder(target, source);
	}

	private List<Map<String, Object>> database(long target, long source) {
		return this.jdbc
			.sql("""
					select 'scenario' as kind, id, status || ' ' || situation || ' ' || revision_number || ' ' || coalesce(merged_into_id, 0) as v
					from scenario where id in (:ids)
					union all select 'solution', id, scenario_id || ' ' || revision_number from solution where scenario_id in (:ids)
					union all select 'comment', id, scenario_id::text from scenario_comment where scenario_id in (:ids)
					union all select 'revision', id, scenario_id::text from revision where scenario_id in (:ids)
					union all select 'tag', scenario_id, tag_id::text from scenario_tag where scenario_id in (:ids)
					union all select 'merge', id, target_id::text from scenario_merge where target_id in (:ids)
					order by 1, 2, 3
					""")
			.param("ids", List.of(target, source))
			.query()
			.listOfRows();
	}

	private long published(String title, String situation) {
		return this.scenarios.published(this.users.user("manager"),
				ScenarioContent.builder().title(title).situation(situation).categoryId(1L).build(),
				SolutionContent.of("1. 做法", "效果"));
	}

}
