package com.casebook.user;

import java.util.Locale;

import com.casebook.CasebookIntegrationTest;
import com.casebook.SignedIn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The profile shows the language Casebook uses for a person and lets them change it; the
 * header's switch keeps it up to date.
 */
@CasebookIntegrationTest
class PreferredLanguageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDirectory directory;

	@Test
	void aPersonChangesTheirLanguageOnTheProfileAndOnlyTheySeeTheForm() throws Exception {
		SignedIn signedIn = new SignedIn(this.accounts);
		long reader = this.jdbc.sql("select id from user_account where username = 'reader'").query(Long.class).single();
		this.directory.rememberLanguage(reader, Locale.SIMPLIFIED_CHINESE);
		this.mvc.perform(get("/people/reader").with(signedIn.as("reader")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"language-form\""), containsString("首选语言"),
					containsString("value=\"zh-CN\" lang=\"zh-CN\" selected"))));
		this.mvc.perform(get("/people/reader").with(signedIn.as("editor")))
			.andExpect(content().string(not(containsString("id=\"language-form\""))));

		this.mvc.perform(post("/account/language").param("language", "en").with(signedIn.as("reader")).with(csrf()))
			.andExpect(redirectedUrl("/people/reader?lang=en#language"));
		assertThat(this.directory.languageOf(reader)).isEqualTo(Locale.ENGLISH);
		this.mvc.perform(get("/people/reader").param("lang", "en").with(signedIn.as("reader")))
			.andExpect(content().string(
					allOf(containsString("Preferred language"), containsString("value=\"en\" lang=\"en\" selected"))));

		this.mvc.perform(post("/account/language").param("language", "fr").with(signedIn.as("reader")).with(csrf()))
			.andExpect(status().isBadRequest());
		assertThat(this.directory.languageOf(reader)).isEqualTo(Locale.ENGLISH);

		// the header's switch updates it as well
		this.mvc.perform(get("/scenarios").param("lang", "zh_CN").with(signedIn.as("reader")))
			.andExpect(status().isOk());
		assertThat(this.directory.languageOf(reader)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
	}

}
