package com.casebook.merge;

import com.casebook.CasebookIntegrationTest;
import com.casebook.SignedIn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Managers write and amend; merging, adopting and curating tags are for editors and
 * admins.
 */
@CasebookIntegrationTest
class CurationPermissionsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void aManagerCannotMergeAdoptOrWorkTheDuplicateQueueInPages() throws Exception {
		this.mvc.perform(get("/scenarios/1/merge").param("source", "2").with(as("manager")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/scenarios/1/merge").param("source", "2").with(as("manager")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/merges/1/undo").param("scenario", "1").with(as("manager")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/scenarios/1/solutions/1/adopt").with(as("manager")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/duplicates").with(as("manager"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/sop-candidates").with(as("manager"))).andExpect(status().isForbidden());
	}

	@Test
	void aManagerCannotMergeOrAdoptThroughTheApi() throws Exception {
		this.mvc
			.perform(post("/api/scenarios/1/merge").contentType("application/json")
				.content("{\"source\": 2}")
				.with(httpBasic("manager", "demo")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/scenarios/1/solutions/1/adopt").contentType("application/json")
				.content("{}")
				.with(httpBasic("manager", "demo")))
			.andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String name) {
		return new SignedIn(this.accounts).as(name);
	}

}
