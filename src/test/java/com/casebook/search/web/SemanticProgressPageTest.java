package com.casebook.search.web;

import com.casebook.search.semantic.EmbeddingsCaughtUp;
import com.casebook.search.IndexMaintenance;
import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.search.semantic.EmbeddingWorker;
import com.casebook.search.semantic.TextEmbedding;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators see how far the background embedding has come on the search index page;
 * nobody else sees the page.
 */
@CasebookIntegrationTest
@TestPropertySource(properties = "casebook.semantic.enabled=true")
class SemanticProgressPageTest {

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

	@Test
	void anAdminSeesHowManyScenariosAreEmbeddedByWhichModelAndHowFast() throws Exception {
		long scenarios = this.jdbc.queryForObject("select count(*) from scenario", Long.class);
		EmbeddingsCaughtUp.await(this.worker, this.indexMaintenance, () -> scenarios);

		this.mvc
			.perform(get("/admin/search-index").with(this.users.as("admin")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(scenarios + " of " + scenarios + " scenarios embedded")))
			.andExpect(content().string(containsString(TextEmbedding.MODEL)))
			.andExpect(content().string(containsString("scenarios a second")))
			.andExpect(content().string(not(containsString("id=\"semantic-off\""))));
		this.mvc
			.perform(get("/admin/search-index").with(this.users.as("admin"))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已向量化 " + scenarios + " / " + scenarios + " 个情景")));
	}

	@Test
	void onlyAdministratorsSeeThePage() throws Exception {
		for (String user : new String[] { "editor", "manager", "reader" }) {
			this.mvc.perform(get("/admin/search-index").with(this.users.as(user))).andExpect(status().isForbidden());
		}
	}

}
