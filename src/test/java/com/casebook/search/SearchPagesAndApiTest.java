package com.casebook.search;

import jakarta.persistence.EntityManager;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.scenario.Scenario;
import com.casebook.scenario.ScenarioDrafting;
import com.casebook.scenario.ScenarioReview;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.SolutionContent;
import com.casebook.scenario.TestScenarios;
import com.casebook.user.CurrentUser;

import org.hamcrest.Matchers;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The search page, the JSON search API and its OpenAPI description. */
@CasebookIntegrationTest
class SearchPagesAndApiTest {

	@Autowired
	TestUsers users;

	@Autowired
	TestScenarios scenarios;

	@Autowired
	MockMvc mvc;

	@Autowired
	ScenarioDrafting drafting;

	@Autowired
	ScenarioReview review;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSearchPageHighlightsChineseWordsAndOffersFacetsAndSorts() throws Exception {
		this.mvc.perform(get("/search").param("q", "缺货").with(this.users.as("reader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>缺货</mark>")))
			.andExpect(content().string(containsString("id=\"facet-tag\"")))
			.andExpect(content().string(containsString("sort=most-applied")))
			.andExpect(content().string(containsString("/search/open?scenario=")));
	}

	@Test
	void facetLinksKeepTheQueryAndAChosenValueLinksToItsRemoval() throws Exception {
		long tag = this.jdbc.sql("select id from tag where name_zh = '缺货'").query(Long.class).single();
		this.mvc
			.perform(get("/search").param("q", "大促").param("tag", String.valueOf(tag)).with(this.users.as("reader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-current=\"true\"")))
			.andExpect(content().string(containsString("href=\"/search?q=%E5%A4%A7%E4%BF%83\"")));
	}

	@Test
	void theApiReturnsHitsWithSnippetsTagsScoresAndFacets() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "缺货").param("size", "5").with(httpBasic("reader", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").isNumber())
			.andExpect(jsonPath("$.hits[0].title").value(containsString("缺货")))
			.andExpect(jsonPath("$.hits[0].url").value(Matchers.startsWith("/scenarios/")))
			.andExpect(jsonPath("$.hits[0].snippet").isString())
			.andExpect(jsonPath("$.hits[0].tags").value(hasItem("缺货")))
			.andExpect(jsonPath("$.hits[0].score").isNumber())
			.andExpect(jsonPath("$.facets.tag[0].count").isNumber())
			.andExpect(jsonPath("$.facets.adopted").isNumber());
	}

	@Test
	void theApiNeedsAnAccount() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "缺货")).andExpect(status().isUnauthorized());
	}

	@Test
	void bothApisAreDescribedWithOpenApi() throws Exception {
		this.mvc.perform(get("/api/docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/search'].get").exists())
			.andExpect(jsonPath("$.paths['/api/scenarios/similar'].post").exists())
			.andExpect(jsonPath("$.paths['/api/search'].get.parameters[*].name").value(hasItem("tag")));
	}

	@Test
	void openingAResultGoesToTheScenario() throws Exception {
		this.mvc
			.perform(get("/search/open").param("scenario", "3").param("entry", "999999").with(this.users.as("reader")))
			.andExpect(redirectedUrl("/scenarios/3"));
	}

	@Test
	void draftsSubmissionsArchivedAndMergedScenariosNeverReachAReaderThroughPageOrApi() throws Exception {
		CurrentUser manager = this.users.user("manager");
		CurrentUser editor = this.users.user("editor");
		ScenarioContent content = ScenarioContent.builder()
			.title("玄武暗号 测试")
			.situation("玄武暗号只出现在不该被读者看到的情景里")
			.categoryId(1L)
			.build();
		SolutionContent solution = SolutionContent.of("1. 行动", "效果");
		this.drafting.createDraft(manager, content, solution);
		long submitted = this.drafting.createDraft(manager, content, solution);
		this.drafting.submit(submitted, manager);
		long archived = this.scenarios.published(manager, content, solution);
		this.review.archive(archived, editor);
		long merged = this.scenarios.published(manager, content, solution);
		markMerged(merged);

		this.mvc.perform(get("/api/search").param("q", "玄武暗号").with(httpBasic("reader", "demo")))
			.andExpect(jsonPath("$.total").value(0));
		this.mvc.perform(get("/search").param("q", "玄武暗号").with(this.users.as("reader")))
			.andExpect(content().string(not(containsString("玄武暗号 测试</"))))
			.andExpect(content().string(containsString("id=\"no-results\"")));
	}

	/**
	 * Merging itself comes with curation; what matters here is that the status keeps it
	 * out.
	 */
	private void markMerged(long id) {
		this.transactions.executeWithoutResult(tx -> {
			this.jdbc.sql("update scenario set status = 'MERGED' where id = :id").param("id", id).update();
			Scenario scenario = this.entityManager.find(Scenario.class, id);
			this.entityManager.refresh(scenario);
			Search.session(this.entityManager).indexingPlan().addOrUpdate(scenario);
		});
		assertThat(this.jdbc.sql("select status from scenario where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("MERGED");
	}

}
