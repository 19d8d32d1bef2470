package com.casebook.search;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.ScenarioReview;
import com.casebook.scenario.SolutionContent;
import com.casebook.scenario.TestScenarios;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search asked again while the index stays as it was is answered from memory; once a
 * scenario is written, the same search sees it.
 */
@CasebookIntegrationTest
class RecentSearchesTest {

	@Autowired
	ScenarioSearch search;

	@Autowired
	TestScenarios scenarios;

	@Autowired
	ScenarioReview review;

	@Autowired
	TestUsers users;

	@Test
	void theSameSearchOnAnUnchangedIndexIsAnsweredFromMemory() {
		SearchResults first = this.search.search("排班", 0, 10);
		assertThat(first.total()).isPositive();
		assertThat(this.search.search("排班", 0, 10)).isSameAs(first);
		assertThat(this.search.search("排班", 1, 10)).isNotSameAs(first);
	}

	@Test
	void aScenarioPublishedOrArchivedSinceIsSeenByTheSameSearch() {
		long before = this.search.search("排班", 0, 10).total();
		long published = this.scenarios.published(this.users.user("manager"),
				ScenarioContent.builder().title("鲸歌暗号 排班").situation("夜班排班表临时调整").categoryId(1L).build(),
				SolutionContent.of("1. 行动", "效果"));
		SearchResults after = this.search.search("排班", 0, 10);
		assertThat(after.total()).isEqualTo(before + 1);

		this.review.archive(published, this.users.user("editor"));
		assertThat(this.search.search("排班", 0, 10).total()).isEqualTo(before);
	}

	@Test
	void aSearchFindingNothingIsAskedAgain() {
		SearchResults nothing = this.search.search("鲸歌暗号从未出现", 0, 10);
		assertThat(nothing.total()).isZero();
		assertThat(this.search.search("鲸歌暗号从未出现", 0, 10)).isNotSameAs(nothing);
	}

}
