package com.casebook.search.web;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With semantic search turned off the search index page says so, instead of a progress
 * that never moves.
 */
@CasebookIntegrationTest
class SemanticOffProgressPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Test
	void anAdminIsToldSemanticSearchIsOffInTheirLanguage() throws Exception {
		this.mvc
			.perform(get("/admin/search-index").with(this.users.as("admin")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Semantic search is off")))
			.andExpect(content().string(not(containsString("scenarios embedded"))));
		this.mvc
			.perform(get("/admin/search-index").with(this.users.as("admin"))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("语义搜索已关闭")));
	}

	@Test
	void theAdministrationHomeLinksToIt() throws Exception {
		this.mvc.perform(get("/admin").with(this.users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/search-index\"")));
	}

}
