package com.casebook.scenario;

import java.util.List;
import java.util.Locale;

import com.casebook.CasebookIntegrationTest;
import com.casebook.SignedIn;
import com.casebook.SqlStatements;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reading a scenario page writes nothing while the page is served: under load, readers of
 * one scenario would otherwise queue for its row and for each commit's disk flush.
 */
@CasebookIntegrationTest
class ScenarioPageCostTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void showingAScenarioWritesNothingOnTheRequestThread() throws Exception {
		long id = this.jdbc.sql("select min(id) from scenario where status = 'PUBLISHED' and merged_into_id is null")
			.query(Long.class)
			.single();
		List<String> statements = SqlStatements
			.runDuring(() -> this.mvc.perform(get("/scenarios/" + id).with(new SignedIn(this.accounts).as("reader")))
				.andExpect(status().isOk()));

		assertThat(statements).isNotEmpty()
			.noneMatch(sql -> sql.strip().toLowerCase(Locale.ROOT).matches("^(insert|update|delete)\\b.*"));
	}

}
