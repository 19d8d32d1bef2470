package com.casebook;

import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioDrafting;
import com.casebook.scenario.ScenarioReview;
import com.casebook.scenario.TestScenarios;
import com.casebook.user.UserAdministration;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The shared test fixtures as beans of every {@link CasebookIntegrationTest}. */
@TestConfiguration(proxyBeanMethods = false)
public class TestFixtures {

	@Bean
	static SqlStatements sqlStatements() {
		return new SqlStatements();
	}

	@Bean
	TestUsers testUsers(UserDetailsService accounts, UserAdministration administration) {
		return new TestUsers(accounts, administration);
	}

	@Bean
	TestScenarios testScenarios(ScenarioDrafting drafting, ScenarioReview review, ScenarioCatalogue catalogue,
			UserDetailsService accounts) {
		return new TestScenarios(drafting, review, catalogue, accounts);
	}

}
