package com.casebook.merge;

import com.casebook.user.WebLayerTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Managers write and amend; merging, adopting and curating tags are for editors and
 * admins. The rules alone, on the web layer (no database behind it).
 */
@WebLayerTest
class CurationPermissionsTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aManagerCannotMergeAdoptOrWorkTheDuplicateQueueInPages() throws Exception {
		this.mvc.perform(get("/scenarios/1/merge").param("source", "2").with(manager()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/scenarios/1/merge").param("source", "2").with(manager()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/merges/1/undo").param("scenario", "1").with(manager()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/scenarios/1/solutions/1/adopt").with(manager()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/duplicates").with(manager())).andExpect(status().isForbidden());
		this.mvc.perform(get("/sop-candidates").with(manager())).andExpect(status().isForbidden());
	}

	@Test
	void aManagerCannotMergeOrAdoptThroughTheApi() throws Exception {
		this.mvc
			.perform(post("/api/scenarios/1/merge").contentType("application/json")
				.content("{\"source\": 2}")
				.with(manager()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/scenarios/1/solutions/1/adopt").contentType("application/json")
				.content("{}")
				.with(manager()))
			.andExpect(status().isForbidden());
	}

	private static RequestPostProcessor manager() {
		return user("manager").roles("MANAGER");
	}

}
