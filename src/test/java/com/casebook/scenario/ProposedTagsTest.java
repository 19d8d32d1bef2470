package com.casebook.scenario;

import java.util.Map;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CasebookIntegrationTest
class ProposedTagsTest {

	@Autowired
	TestUsers users;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aProposedTagCarriesBothNamesWhenTypedAsChineseBarEnglish() throws Exception {
		this.mvc
			.perform(post("/scenarios/new").param("title", "建议双语标签")
				.param("tags", "夜间值守|night watch, 夜班餐补")
				.param("action", "draft")
				.with(this.users.as("manager"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		Map<String, Object> both = this.jdbc.sql("select name_zh, name_en, status from tag where name_zh = '夜间值守'")
			.query()
			.singleRow();
		assertThat(both).containsEntry("name_en", "night watch").containsEntry("status", "PROPOSED");
		assertThat(this.jdbc.sql("select count(*) from tag where name_zh = '夜班餐补' and name_en is null")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
