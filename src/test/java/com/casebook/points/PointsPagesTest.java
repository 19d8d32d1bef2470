package com.casebook.points;

import com.casebook.CasebookIntegrationTest;
import com.casebook.SignedIn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Profiles, the leaderboard and rewards as pages; admin pages stay with admins. */
@CasebookIntegrationTest
class PointsPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void theHeaderTheProfileAndTheLeaderboardShowPoints() throws Exception {
		this.mvc.perform(get("/people/manager").with(as("reader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"profile-points\"")));
		this.mvc.perform(get("/leaderboard").param("period", "all").with(as("reader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"my-place\"")));
		this.mvc.perform(get("/leaderboard").param("by", "team").with(as("manager")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/scenarios").with(as("manager"))).andExpect(content().string(containsString("id=\"my-points\"")));
	}

	@Test
	void everyoneSeesRewardsButOnlyAdminsKeepTheCatalogueAndTheRules() throws Exception {
		this.mvc.perform(get("/rewards").with(as("reader"))).andExpect(status().isOk());
		this.mvc.perform(get("/admin/rewards").with(as("editor"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/points").with(as("editor"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/points/SCENARIO_PUBLISHED").param("amount", "99").with(as("manager")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/points").with(as("admin"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("point-rules")));
		this.mvc.perform(get("/admin/rewards").with(as("admin"))).andExpect(status().isOk());
	}

	@Test
	void anUnknownPersonHasNoProfile() throws Exception {
		this.mvc.perform(get("/people/nobody-here").with(as("reader"))).andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String name) {
		return new SignedIn(this.accounts).as(name);
	}

}
