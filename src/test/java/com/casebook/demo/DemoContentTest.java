package com.casebook.demo;

import com.casebook.CasebookIntegrationTest;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.user.Role;
import com.casebook.user.UserDirectory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@CasebookIntegrationTest
class DemoContentTest {

	@Autowired
	UserDirectory users;

	@Autowired
	ScenarioCatalogue catalogue;

	@Test
	void demoModeCreatesOneAccountPerRole() {
		assertThat(this.users.findByUsername("reader")).get().extracting("role").isEqualTo(Role.READER);
		assertThat(this.users.findByUsername("manager")).get().extracting("role").isEqualTo(Role.MANAGER);
		assertThat(this.users.findByUsername("editor")).get().extracting("role").isEqualTo(Role.EDITOR);
		assertThat(this.users.findByUsername("admin")).get().extracting("role").isEqualTo(Role.ADMIN);
	}

	@Test
	void demoModeFillsTheCatalogueWithPublishedScenarios() {
		// other tests in this run may have published more scenarios on the shared database
		assertThat(this.catalogue.publishedCount()).isGreaterThanOrEqualTo(30);
	}

}
