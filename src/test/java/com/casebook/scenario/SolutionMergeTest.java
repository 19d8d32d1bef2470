package com.casebook.scenario;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.revision.RevisionEntry;
import com.casebook.revision.RevisionHistory;
import com.casebook.user.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two solutions saying the same thing become one, crediting both authors and keeping
 * history.
 */
@CasebookIntegrationTest
class SolutionMergeTest {

	@Autowired
	TestUsers users;

	@Autowired
	TestScenarios scenarios;

	@Autowired
	SolutionAdoption adoption;

	@Autowired
	WikiAmendments amendments;

	@Autowired
	ScenarioFeedback feedback;

	@Autowired
	ScenarioCatalogue catalogue;

	@Autowired
	RevisionHistory history;

	@Autowired
	MockMvc mvc;

	@Test
	void mergingTwoSolutionsCreditsBothAuthorsAndKeepsEveryApplicationAndRevision() throws Exception {
		CurrentUser manager = this.users.user("manager");
		long id = this.scenarios.published(manager,
				ScenarioContent.builder().title("方案合并情景").situation("方案合并的描述").categoryId(1L).build(),
				SolutionContent.of("1. 先安抚", "客户平静"));
		long kept = this.catalogue.find(id).orElseThrow().getSolutions().get(0).getId();
		long merged = this.amendments.addSolution(id, this.users.user("manager2"),
				SolutionContent.of("1. 先道歉再安抚", "客户平静下来"));
		this.adoption.adopt(id, merged, this.users.user("editor"), "更完整");
		this.feedback.applied(id, merged, this.users.user("reader"), null, null);
		this.feedback.applied(id, merged, this.users.user("editor"), null, null);
		this.feedback.applied(id, kept, this.users.user("editor"), null, null);

		this.mvc
			.perform(get("/scenarios/" + id + "/solutions/merge").param("kept", String.valueOf(kept))
				.param("merged", String.valueOf(merged))
				.with(this.users.as("editor")))
			.andExpect(content().string(containsString("先道歉再安抚")));
		this.mvc
			.perform(post("/scenarios/" + id + "/solutions/merge").param("kept", String.valueOf(kept))
				.param("merged", String.valueOf(merged))
				.param("actions", "1. 先道歉，再安抚")
				.param("effect", "客户平静")
				.with(this.users.as("editor"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		Scenario scenario = this.catalogue.find(id).orElseThrow();
		assertThat(scenario.getSolutions()).hasSize(1);
		Solution result = scenario.getSolutions().get(0);
		assertThat(result.getId()).isEqualTo(kept);
		assertThat(result.getActions()).isEqualTo("1. 先道歉，再安抚");
		assertThat(result.getContributorIds()).containsExactly(this.users.user("manager2").getId());
		assertThat(result.isAdopted()).isTrue();
		assertThat(result.getAppliedCount()).isEqualTo(2);
		assertThat(scenario.getAllSolutions()).hasSize(2);
		assertThat(this.history.history(id)).extracting(RevisionEntry::solutionId).contains(kept, merged);
	}

	@Test
	void aManagerCannotMergeSolutions() throws Exception {
		this.mvc
			.perform(post("/scenarios/1/solutions/merge").param("kept", "1")
				.param("merged", "2")
				.param("actions", "a")
				.param("effect", "b")
				.with(this.users.as("manager"))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

}
