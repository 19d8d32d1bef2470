package com.casebook.web;

import java.util.Locale;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CasebookIntegrationTest
class PagesAndLanguagesTest {

	@Autowired
	TestUsers users;

	@Autowired
	MockMvc mvc;

	@Test
	void theLoginPageFollowsTheBrowsersLanguage() throws Exception {
		this.mvc.perform(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9"))
			.andExpect(content().string(containsString("登录情景库")));
		this.mvc.perform(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9"))
			.andExpect(content().string(containsString("Sign in to Casebook")));
	}

	@Test
	void aLanguageOtherThanChineseOrEnglishFallsBackToChinese() throws Exception {
		this.mvc.perform(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR"))
			.andExpect(content().string(containsString("登录情景库")));
	}

	@Test
	void withoutALanguagePreferenceThePagesAreChinese() throws Exception {
		this.mvc.perform(get("/login")).andExpect(content().string(containsString("登录情景库")));
	}

	@Test
	void aBrowserAskingForEnglishGetsEnglish() throws Exception {
		this.mvc.perform(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(content().string(containsString("Sign in to Casebook")));
	}

	@Test
	void theLanguageSwitchIsRemembered() throws Exception {
		this.mvc.perform(get("/login").param("lang", "en").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(content().string(containsString("Sign in to Casebook")))
			.andExpect(cookie().value("casebook-lang", "en"));
		this.mvc
			.perform(get("/login").cookie(new Cookie("casebook-lang", "en"))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(content().string(containsString("Sign in to Casebook")));
	}

	@Test
	void anUnknownPageAnswersNotFound() throws Exception {
		this.mvc
			.perform(get("/no-such-page").with(this.users.as("reader"))
				.locale(Locale.SIMPLIFIED_CHINESE)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theCatalogueListsTheDemoScenarios() throws Exception {
		this.mvc.perform(get("/scenarios").with(this.users.as("reader")).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("缺货")))
			.andExpect(content().string(not(containsString("demo-032"))));
	}

}
