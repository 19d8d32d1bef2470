package com.casebook.demo;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A first start as a new user sees it: the demo catalogue with a few weeks of activity
 * played on it, so the leaderboard, rewards, the overdue list, knowledge gaps and the
 * reports all have something to show. Its own database, since the other tests' one holds
 * the plain demo catalogue.
 */
@CasebookIntegrationTest
@TestPropertySource(properties = { "casebook.demo-activity=true",
		"casebook.data-dir=${java.io.tmpdir}/casebook-demo-activity-test" })
class DemoActivityTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Test
	void theLeaderboardShowsPeopleOfBothTeams() throws Exception {
		this.mvc.perform(get("/leaderboard").with(this.users.as("reader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("王建国")))
			.andExpect(content().string(containsString("陈静")));
	}

	@Test
	void rewardsAreInStockAndARedemptionWaitsForAnAdmin() throws Exception {
		this.mvc.perform(get("/rewards").with(this.users.as("reader")))
			.andExpect(content().string(containsString("咖啡券 (Coffee voucher)")));
		this.mvc.perform(get("/admin/rewards").with(this.users.as("admin")))
			.andExpect(content().string(containsString("王建国")));
	}

	@Test
	void someScenariosAreDueForReview() throws Exception {
		this.mvc.perform(get("/review/overdue").with(this.users.as("editor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/scenarios/")));
	}

	@Test
	void searchesThatFoundNothingAreKnowledgeGaps() throws Exception {
		this.mvc.perform(get("/gaps").with(this.users.as("editor")))
			.andExpect(content().string(containsString(DemoActivity.UNANSWERED.get(0))));
	}

	@Test
	void aSearchWithTheDemoQuerySynonymFindsTheOutageScenario() throws Exception {
		this.mvc.perform(get("/admin/synonyms").with(this.users.as("admin")))
			.andExpect(content().string(containsString("快递晚到")));
		// without the synonym only "most of the words" (系统) would find it
		this.mvc.perform(get("/search").param("q", "系統當機").with(this.users.as("reader")))
			.andExpect(content().string(containsString("CRM")))
			.andExpect(content().string(not(containsString("id=\"relaxed-notice\""))));
	}

	@Test
	void theReportsCountAdoptionsAndApplications() throws Exception {
		this.mvc.perform(get("/reports").with(this.users.as("editor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("陈静")));
	}

}
