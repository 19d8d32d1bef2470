package com.casebook.revision;

import java.util.List;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.TestScenarios;
import com.casebook.scenario.WikiAmendments;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The comparison of two revisions shows the changed fields by default and the whole text
 * on request.
 */
@CasebookIntegrationTest
class DiffViewTest {

	@Autowired
	TestScenarios scenarios;

	@Autowired
	TestUsers users;

	@Autowired
	WikiAmendments amendments;

	@Autowired
	ScenarioCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void changesOnlyIsTheDefaultAndTheWholeTextIsOneLinkAway() throws Exception {
		long id = this.scenarios.published("对比视图的原标题", "一段不会改动的情景描述", "行动", "效果");
		int base = this.catalogue.find(id).orElseThrow().getRevisionNumber();
		this.amendments.amend(id, this.users.manager(), this.scenarios.content("对比视图的新标题", "一段不会改动的情景描述"), base,
				"只改标题");
		List<Long> revisions = this.jdbc
			.sql("select id from revision where scenario_id = ? and solution_id is null order by number")
			.param(id)
			.query(Long.class)
			.list();
		String url = "/scenarios/" + id + "/diff?from=" + revisions.get(0) + "&to="
				+ revisions.get(revisions.size() - 1);

		this.mvc.perform(get(url).with(this.users.as("reader")).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("新标题")))
			.andExpect(content().string(not(containsString("一段不会改动的情景描述"))))
			.andExpect(content().string(containsString("已隐藏")));
		this.mvc.perform(get(url + "&view=whole").with(this.users.as("reader")).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("一段不会改动的情景描述")))
			.andExpect(content().string(not(containsString("已隐藏"))));
	}

}
