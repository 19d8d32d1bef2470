package com.casebook.scenario;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.notification.Watches;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A manager deletes their own draft after confirming; nobody else's, and nothing that
 * ever went to review (editors have seen it, and the duplicate scan may point at it).
 */
@CasebookIntegrationTest
class DraftDeletionTest {

	@Autowired
	TestScenarios scenarios;

	@Autowired
	TestUsers users;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Watches watches;

	@Autowired
	ScenarioDrafting drafting;

	@Autowired
	ScenarioReview review;

	private long count(String sql, long id) {
		return this.jdbc.sql(sql).param(id).query(Long.class).single();
	}

	@Test
	void theAuthorConfirmsAndTheDraftIsGoneWithItsRevisionsAndAnAuditEntry() throws Exception {
		long id = this.scenarios.draft("要删除的草稿", "情景描述", "行动", "效果");
		this.watches.watch(this.users.manager().getId(), Watches.Target.SCENARIO, id);

		this.mvc
			.perform(get("/scenarios/" + id + "/delete").with(this.users.as("manager"))
				.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("要删除的草稿")))
			.andExpect(content().string(containsString("id=\"confirm-delete\"")));
		this.mvc.perform(post("/scenarios/" + id + "/delete").with(this.users.as("manager")).with(csrf()))
			.andExpect(redirectedUrl("/my/scenarios"));

		assertThat(count("select count(*) from scenario where id = ?", id)).isZero();
		assertThat(count("select count(*) from revision where scenario_id = ?", id)).isZero();
		assertThat(count("select count(*) from watch where target_type = 'SCENARIO' and target_id = ?", id)).isZero();
		assertThat(count("select count(*) from audit_entry where action = 'scenario.delete' and target_id = ?", id))
			.isOne();
	}

	@Test
	void anotherManagerMayNotDeleteTheDraft() throws Exception {
		long id = this.scenarios.draft("别人的草稿", "情景描述", "行动", "效果");
		var other = this.users.newManager("other", null);

		this.mvc.perform(post("/scenarios/" + id + "/delete").with(this.users.as(other.getUsername())).with(csrf()))
			.andExpect(status().isForbidden());

		assertThat(count("select count(*) from scenario where id = ?", id)).isOne();
	}

	@Test
	void aDraftSentBackFromReviewIsNotDeleted() throws Exception {
		long id = this.scenarios.draft("退回过的草稿不能删除", "情景描述", "行动", "效果");
		this.drafting.submit(id, this.users.manager());
		this.review.sendBack(id, this.users.editor(), "请补充数据");

		this.mvc.perform(post("/scenarios/" + id + "/delete").with(this.users.as("manager")).with(csrf()))
			.andExpect(status().isConflict());

		assertThat(count("select count(*) from scenario where id = ?", id)).isOne();
	}

	@Test
	void aPublishedScenarioIsNotDeleted() throws Exception {
		long id = this.scenarios.published("已发布的情景不能删除", "情景描述", "行动", "效果");

		this.mvc.perform(post("/scenarios/" + id + "/delete").with(this.users.as("manager")).with(csrf()))
			.andExpect(status().isConflict());

		assertThat(count("select count(*) from scenario where id = ?", id)).isOne();
	}

}
