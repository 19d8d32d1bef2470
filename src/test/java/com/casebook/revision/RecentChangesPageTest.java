package com.casebook.revision;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.TestScenarios;
import com.casebook.scenario.WikiAmendments;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Recent changes are open to everyone signed in, like a wiki's; only what the person may
 * read is listed, and the revert buttons are the editors'.
 */
@CasebookIntegrationTest
class RecentChangesPageTest {

	@Autowired
	TestScenarios scenarios;

	@Autowired
	TestUsers users;

	@Autowired
	MockMvc mvc;

	@Autowired
	WikiAmendments amendments;

	@Autowired
	ScenarioCatalogue catalogue;

	/** A second revision, so that the first one may be reverted to. */
	private long amendedOnce(long id, String newTitle) {
		int base = this.catalogue.find(id).orElseThrow().getRevisionNumber();
		this.amendments.amend(id, this.users.manager(), this.scenarios.content(newTitle, "情景描述"), base, "改标题");
		return id;
	}

	@Test
	void aReaderSeesRecentChangesToPublishedScenariosWithoutRevertButtons() throws Exception {
		amendedOnce(this.scenarios.published("最近更改里读者可见的情景", "情景描述", "行动", "效果"), "最近更改里读者可见的新标题");
		this.scenarios.draft("最近更改里读者看不到的草稿", "情景描述", "行动", "效果");

		this.mvc.perform(get("/changes").with(this.users.as("reader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("最近更改里读者可见的新标题")))
			.andExpect(content().string(not(containsString("最近更改里读者看不到的草稿"))))
			.andExpect(content().string(not(containsString("revert-link"))))
			.andExpect(content().string(containsString("id=\"nav-changes\"")));
	}

	@Test
	void anEditorSeesEveryChangeAndARevertButtonOnEarlierRevisions() throws Exception {
		this.scenarios.draft("最近更改里编辑可见的草稿", "情景描述", "行动", "效果");
		amendedOnce(this.scenarios.published("最近更改里编辑修改过的情景", "情景描述", "行动", "效果"), "最近更改里编辑改后的标题");

		this.mvc.perform(get("/changes").with(this.users.as("editor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("最近更改里编辑可见的草稿")))
			.andExpect(content().string(containsString("revert-link")));
	}

}
