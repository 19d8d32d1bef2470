package com.casebook.search;

import com.casebook.CasebookIntegrationTest;
import com.casebook.SqlStatements;
import com.casebook.TestUsers;

import com.casebook.user.ApiTokens;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a search costs the database on the request thread: hits, facets and highlights
 * come from the index, and the search log is written in the background, so the number of
 * SQL statements does not grow with the number of hits, and the API's search runs none of
 * its own.
 */
@CasebookIntegrationTest
class SearchCostTest {

	/** In most demo scenarios. */
	private static final String MANY = "客户";

	/** In one demo scenario only. */
	private static final String ONE = "机械故障";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	SearchLog log;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void logIsWrittenAndIdsAreReserved() {
		this.log.flush();
	}

	@Test
	void theApiRunsNoStatementForASearchWhateverItFinds() throws Exception {
		this.mvc.perform(api(MANY)).andExpect(jsonPath("$.total", greaterThan(15)));
		this.mvc.perform(api(ONE)).andExpect(jsonPath("$.total", is(1)));
		this.log.flush();

		// an empty query answers without searching or logging: what is left is signing in
		int signingIn = statements(api(""));
		assertThat(statements(api(MANY))).isEqualTo(signingIn);
		assertThat(statements(api(ONE))).isEqualTo(signingIn);
	}

	@Test
	void anApiSearchWithATokenTakesOneConnectionForSigningInAndNoneForSearching() throws Exception {
		long reader = this.jdbc.sql("select id from user_account where username = 'reader'").query(Long.class).single();
		String token = this.tokens.create(reader, "search cost").token();
		MockHttpServletRequestBuilder search = get("/api/search").param("q", MANY)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		this.mvc.perform(search).andExpect(status().isOk());
		this.log.flush();

		assertThat(SqlStatements.connectionsTakenDuring(() -> this.mvc.perform(search)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total", greaterThan(15))))).isEqualTo(1);
	}

	@Test
	void theSearchPageRunsAsManyStatementsForManyHitsAsForOne() throws Exception {
		// warmed up in English, so that both pages below are rendered, not served
		// ready-made
		this.mvc.perform(get("/search").param("q", MANY).with(this.users.as("reader")).header("Accept-Language", "en"))
			.andExpect(status().isOk());
		this.log.flush();

		int many = statements(
				get("/search").param("q", MANY).with(this.users.as("reader")).header("Accept-Language", "zh-CN"));
		int one = statements(
				get("/search").param("q", ONE).with(this.users.as("reader")).header("Accept-Language", "zh-CN"));
		assertThat(many).isEqualTo(one).isLessThanOrEqualTo(6);
	}

	private MockHttpServletRequestBuilder api(String q) {
		return get("/api/search").param("q", q).param("size", "100").with(httpBasic("reader", "demo"));
	}

	/**
	 * The statements of a request, leaving out the account checks of signing in: how
	 * often those run depends on the clock (a session's account is checked again after an
	 * interval), not on the search.
	 */
	private int statements(MockHttpServletRequestBuilder request) throws Exception {
		return (int) SqlStatements.runDuring(() -> this.mvc.perform(request).andExpect(status().isOk()))
			.stream()
			.filter(sql -> !sql.contains("credentials_version"))
			.count();
	}

}
