package com.casebook.scenario;

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
 * What a scenario page costs the database does not grow with what the scenario holds: the
 * people named on it are looked up together, not solution by solution.
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
	void aScenarioWithTwoSolutionsCostsAsManyStatementsAsOneWithOne() throws Exception {
		long one = withLiveSolutions(1);
		long two = withLiveSolutions(2);
		statements(one);
		statements(two);

		assertThat(statements(two)).isEqualTo(statements(one));
	}

	private long withLiveSolutions(int count) {
		return this.jdbc.sql("""
				select s.id from scenario s
				where s.status = 'PUBLISHED' and s.merged_into_id is null
				  and (select count(*) from solution l where l.scenario_id = s.id and l.merged_into_id is null) = :count
				order by s.id limit 1""").param("count", count).query(Long.class).single();
	}

	/**
	 * Leaves out the check that the session's account is unchanged: it runs again after
	 * an interval, so whether it runs depends on the clock, not on the page.
	 */
	private long statements(long scenario) throws Exception {
		return SqlStatements
			.runDuring(
					() -> this.mvc.perform(get("/scenarios/" + scenario).with(new SignedIn(this.accounts).as("reader")))
						.andExpect(status().isOk()))
			.stream()
			.filter(sql -> !sql.contains("credentials_version"))
			.count();
	}

}
