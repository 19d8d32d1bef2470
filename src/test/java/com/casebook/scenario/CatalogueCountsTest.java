package com.casebook.scenario;

import java.util.List;

import com.casebook.CasebookIntegrationTest;
import com.casebook.SqlStatements;
import com.casebook.TestUsers;
import com.casebook.user.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue's count of scenarios per filter comes from memory, and a published or
 * archived scenario shows in it on the next page all the same; each row's solutions are
 * counted by the database.
 */
@CasebookIntegrationTest
class CatalogueCountsTest {

	/** One row a page, so the count is never the rows of the page itself. */
	private static final CatalogueQuery IN_CATEGORY_ONE = new CatalogueQuery(1L, null, 0, 1);

	@Autowired
	ScenarioCatalogue catalogue;

	@Autowired
	TestScenarios scenarios;

	@Autowired
	ScenarioReview review;

	@Autowired
	TestUsers users;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aCountSeenBeforeIsNotCountedAgain() throws Exception {
		long count = total(IN_CATEGORY_ONE);
		assertThat(count).as("more than the page's one row: a count is needed").isGreaterThan(1);
		List<String> statements = SqlStatements.runDuring(() -> total(IN_CATEGORY_ONE));
		assertThat(statements).noneMatch(sql -> sql.toLowerCase().matches("(?s).*count\\(.*\\) from scenario .*"));
		assertThat(total(IN_CATEGORY_ONE)).isEqualTo(count);
	}

	@Test
	void aPublishedOrArchivedScenarioChangesTheCountOnTheNextPage() {
		CatalogueQuery all = new CatalogueQuery(null, null, 0, 1);
		long before = total(all);
		long inCategory = total(IN_CATEGORY_ONE);
		CurrentUser manager = this.users.user("manager");
		long published = this.scenarios.published(manager,
				ScenarioContent.builder().title("计数暗号").situation("目录计数跟随发布与归档").categoryId(1L).build(),
				SolutionContent.of("1. 行动", "效果"));
		assertThat(total(all)).isEqualTo(before + 1);
		assertThat(total(IN_CATEGORY_ONE)).isEqualTo(inCategory + 1);

		this.review.archive(published, this.users.user("editor"));
		assertThat(total(all)).isEqualTo(before);
		assertThat(total(IN_CATEGORY_ONE)).isEqualTo(inCategory);
	}

	@Test
	void eachRowCountsItsLiveSolutionsAndMarksAnAdoptedOne() {
		List<ScenarioRow> rows = this.catalogue.published(new CatalogueQuery(null, null, 0, CatalogueQuery.MAX_SIZE))
			.getContent();
		assertThat(rows).anyMatch(ScenarioRow::hasAdoptedSolution).anyMatch(row -> row.solutionCount() > 1);
		this.transactions.executeWithoutResult(status -> {
			for (ScenarioRow row : rows) {
				List<Solution> live = this.catalogue.find(row.id()).orElseThrow().getSolutions();
				assertThat(row.solutionCount()).as("solutions of %d", row.id()).isEqualTo(live.size());
				assertThat(row.hasAdoptedSolution()).as("adopted in %d", row.id())
					.isEqualTo(live.stream().anyMatch(Solution::isAdopted));
			}
		});
	}

	private long total(CatalogueQuery query) {
		return this.catalogue.published(query).getTotalElements();
	}

}
