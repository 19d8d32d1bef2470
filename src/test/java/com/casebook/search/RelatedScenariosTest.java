package com.casebook.search;

import com.casebook.search.semantic.EmbeddingsCaughtUp;
import com.casebook.search.IndexMaintenance;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.search.semantic.EmbeddingWorker;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Related scenarios" on a scenario page, by the stored embeddings: neighbours in
 * meaning, published ones only, never the scenario itself.
 */
@CasebookIntegrationTest
@TestPropertySource(properties = "casebook.semantic.enabled=true")
class RelatedScenariosTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EmbeddingWorker worker;

	@Autowired
	IndexMaintenance indexMaintenance;

	@BeforeEach
	void everyScenarioIsEmbedded() {
		EmbeddingsCaughtUp.await(this.worker, this.indexMaintenance,
				() -> this.jdbc.queryForObject("select count(*) from scenario", Long.class));
	}

	@Test
	void twoFlightCancellationsToldInOtherWordsAreRelated() throws Exception {
		// 台风导致航班大面积取消，话务激增 and 航班因机械故障取消，旅客在柜台要求高额赔偿
		String related = relatedSection(id("demo-013"));
		assertThat(related).contains("/scenarios/" + id("demo-027") + "\"", HtmlUtils.htmlEscape(title("demo-027")))
			.doesNotContain("/scenarios/" + id("demo-013") + "\"");
	}

	@Test
	void aSubmittedScenarioIsNotRelatedEvenWhenItIsTheNearest() throws Exception {
		// demo-033 (submitted) tells the same story as demo-001, nearer than anything
		// else
		String related = relatedSection(id("demo-001"));
		assertThat(related).contains("<li>").doesNotContain("/scenarios/" + id("demo-033") + "\"");
	}

	String relatedSection(long scenarioId) {
		return relatedSection(this.mvc, this.users, scenarioId);
	}

	/** The related scenarios section of a scenario page, as a reader sees it. */
	static String relatedSection(MockMvc mvc, TestUsers users, long scenarioId) {
		try {
			String page = mvc.perform(get("/scenarios/{id}", scenarioId).with(users.as("reader")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			int start = page.indexOf("id=\"related\"");
			assertThat(start).as("the page has a related scenarios section").isPositive();
			return page.substring(start, page.indexOf("</section>", start));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	long id(String ref) {
		return this.jdbc.queryForObject("select id from scenario where external_ref = ?", Long.class, ref);
	}

	String title(String ref) {
		return this.jdbc.queryForObject("select title from scenario where external_ref = ?", String.class, ref);
	}

}
