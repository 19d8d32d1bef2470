package com.casebook.search;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every search is logged; editors see what found nothing and turn it into a draft. */
@CasebookIntegrationTest
class KnowledgeGapsTest {

	@Autowired
	TestUsers users;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KnowledgeGaps gaps;

	@Autowired
	SearchLog log;

	@Test
	void aSearchIsLoggedNormalizedWithItsResultCountAndRoleOnly() throws Exception {
		this.mvc.perform(get("/search").param("q", "  退款   ＶＩＰ  ").with(this.users.as("reader")))
			.andExpect(status().isOk());
		this.log.flush();
		var row = this.jdbc
			.sql("select query, result_count, user_role, source from search_query_log "
					+ "order by searched_at desc, id desc limit 1")
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4) })
			.single();
		assertThat(row[0]).isEqualTo("退款 vip");
		assertThat(row[2]).isEqualTo("READER");
		assertThat(row[3]).isEqualTo("PAGE");
		assertThat(this.jdbc
			.sql("select count(*) from information_schema.columns where table_name = 'search_query_log' "
					+ "and column_name in ('user_id', 'username')")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aQueryThatFoundNothingIsListedAndBecomesADraftTitledWithIt() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(get("/search").param("q", "银河护卫队 投诉").with(this.users.as("reader")));
		}
		this.mvc.perform(get("/gaps").with(this.users.as("editor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("银河护卫队 投诉")));

		MvcResult drafted = this.mvc
			.perform(post("/gaps/draft").param("query", "银河护卫队 投诉").with(this.users.as("editor")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String editUrl = drafted.getResponse().getRedirectedUrl();
		assertThat(editUrl).matches("/scenarios/\\d+/edit");
		this.mvc.perform(get(editUrl).with(this.users.as("editor")))
			.andExpect(content().string(containsString("value=\"银河护卫队 投诉\"")));
		this.mvc.perform(get("/gaps").with(this.users.as("editor")))
			.andExpect(content().string(not(containsString("银河护卫队 投诉"))));
	}

	@Test
	void resultsNobodyOpenedAreAGapUntilSomeoneOpensOne() throws Exception {
		this.mvc.perform(get("/search").param("q", "午休 排队").with(this.users.as("reader")));
		assertThat(this.gaps.unopenedQueries(500)).extracting(KnowledgeGaps.Gap::query).contains("午休 排队");

		this.log.flush();
		long entry = this.jdbc.sql("select max(id) from search_query_log where query = '午休 排队'")
			.query(Long.class)
			.single();
		this.mvc.perform(get("/search/open").param("scenario", "1")
			.param("entry", String.valueOf(entry))
			.with(this.users.as("reader")));
		assertThat(this.gaps.unopenedQueries(500)).extracting(KnowledgeGaps.Gap::query).doesNotContain("午休 排队");
	}

	@Test
	void onlyEditorsSeeTheGaps() throws Exception {
		this.mvc.perform(get("/gaps").with(this.users.as("manager"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/gaps/draft").param("query", "x").with(this.users.as("manager")).with(csrf()))
			.andExpect(status().isForbidden());
	}

}
