package com.casebook.user;

import java.util.Locale;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The language a person switches to is kept on their profile. */
@CasebookIntegrationTest
class PreferredLanguageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserDirectory directory;

	@Test
	void switchingTheLanguageWhileSignedInIsRememberedOnTheProfile() throws Exception {
		long manager2 = this.directory.findByUsername("manager2").orElseThrow().id();
		assertThat(this.directory.languageOf(manager2)).isEqualTo(Locale.SIMPLIFIED_CHINESE);

		this.mvc.perform(get("/scenarios").param("lang", "en").with(this.users.as("manager2")))
			.andExpect(status().isOk());
		assertThat(this.directory.languageOf(manager2)).isEqualTo(Locale.ENGLISH);

		this.mvc.perform(get("/scenarios").param("lang", "zh_CN").with(this.users.as("manager2")))
			.andExpect(status().isOk());
		assertThat(this.directory.languageOf(manager2)).isEqualTo(Locale.SIMPLIFIED_CHINESE);

		// a language Casebook does not speak changes nothing
		this.mvc.perform(get("/scenarios").param("lang", "fr").with(this.users.as("manager2")))
			.andExpect(status().isOk());
		assertThat(this.directory.languageOf(manager2)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
	}

}
