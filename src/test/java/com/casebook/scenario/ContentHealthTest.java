package com.casebook.scenario;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.taxonomy.CategoryCuration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A published scenario past its category's review interval needs review until confirmed
 * or amended.
 */
@CasebookIntegrationTest
class ContentHealthTest {

	@Autowired
	TestUsers users;

	@Autowired
	TestScenarios scenarios;

	@Autowired
	ContentHealth health;

	@Autowired
	WikiAmendments amendments;

	@Autowired
	CategoryCuration categories;

	@Autowired
	ScenarioCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aScenarioPastItsCategorysIntervalShowsTheBadgeUntilItsOwnerConfirmsIt() throws Exception {
		long category = this.categories.create(null, "复核测试分类", "Review test");
		this.categories.setReviewInterval(category, 30);
		long id = published(category, "琉璃复核情景");
		confirmedDaysAgo(id, 40);

		assertThat(this.health.overdue()).extracting(o -> o.scenario().getId()).contains(id);
		this.mvc.perform(get("/scenarios/" + id).with(this.users.as("reader")))
			.andExpect(content().string(containsString("id=\"needs-review\"")));
		this.mvc.perform(get("/search").param("q", "琉璃复核情景").with(this.users.as("reader")))
			.andExpect(content().string(containsString("badge warn")));
		this.mvc.perform(get("/review/overdue").with(this.users.as("editor")))
			.andExpect(content().string(containsString("琉璃复核情景")));
		this.mvc.perform(get("/my/scenarios").with(this.users.as("manager")))
			.andExpect(content().string(containsString("id=\"my-due\"")));

		this.mvc.perform(post("/scenarios/" + id + "/still-valid").with(this.users.as("manager2")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/scenarios/" + id + "/still-valid").with(this.users.as("manager")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.health.overdue()).extracting(o -> o.scenario().getId()).doesNotContain(id);
		this.mvc.perform(get("/scenarios/" + id).with(this.users.as("reader")))
			.andExpect(content().string(not(containsString("id=\"needs-review\""))));
		assertThat(this.jdbc.sql("select count(*) from revision where scenario_id = :id and solution_id is null")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void anAmendmentCountsAsAReviewAndOwnersAreRemindedOncePerDuePeriod() {
		long id = published(1L, "玛瑙复核情景");
		confirmedDaysAgo(id, 400);
		assertThat(this.health.remindOwners()).isPositive();
		assertThat(this.health.remindOwners()).isZero();

		Scenario scenario = this.catalogue.find(id).orElseThrow();
		ScenarioContent before = scenario.content();
		ScenarioContent updated = before.toBuilder().situation(before.situation() + "（数据已更新）").build();
		this.amendments.amend(id, this.users.user("manager2"), updated, scenario.getRevisionNumber(), "更新数据");
		assertThat(this.health.needsReview(this.catalogue.find(id).orElseThrow())).isFalse();
	}

	@Test
	void theOverduePageSaysWhetherEachOwnerWasRemindedRatherThanClaimingAllWere() throws Exception {
		long id = published(1L, "碧玺复核情景");
		confirmedDaysAgo(id, 400);
		this.mvc.perform(get("/review/overdue").with(this.users.as("editor")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(content().string(not(containsString("were reminded"))))
			.andExpect(content().string(containsString("id=\"reminded-" + id + "\">Not yet</td>")));

		this.health.remindOwners();
		this.mvc.perform(get("/review/overdue").with(this.users.as("editor")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(content().string(containsString("id=\"reminded-" + id + "\">" + LocalDate.now(ZoneOffset.UTC))));
	}

	@Test
	void editorsReassignTheOwner() throws Exception {
		long id = published(1L, "玉髓复核情景");
		long newOwner = this.users.user("manager2").getId();
		this.mvc
			.perform(post("/scenarios/" + id + "/owner").param("owner", String.valueOf(newOwner))
				.with(this.users.as("manager"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/scenarios/" + id + "/owner").param("owner", String.valueOf(newOwner))
			.with(this.users.as("editor"))
			.with(csrf()));
		assertThat(this.catalogue.find(id).orElseThrow().getOwnerId()).isEqualTo(newOwner);
	}

	private void confirmedDaysAgo(long id, int days) {
		this.jdbc.sql("update scenario set last_reviewed_at = now() - make_interval(days => :days) where id = :id")
			.param("days", days)
			.param("id", id)
			.update();
	}

	private long published(long category, String title) {
		return this.scenarios.published(this.users.user("manager"),
				ScenarioContent.builder().title(title).situation("复核测试的描述").categoryId(category).build(),
				SolutionContent.of("1. 做法", "效果"));
	}

}
