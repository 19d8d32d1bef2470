package com.casebook.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.notification.Notifications;
import com.casebook.user.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The header is served ready-made, and still shows each person their own name, links,
 * figures, search words and sign-out token.
 */
@CasebookIntegrationTest
class SiteHeaderTest {

	private static final Pattern BELL = Pattern.compile("id=\"bell\".*?<span\\s+class=\"count\">(\\d+)</span>",
			Pattern.DOTALL);

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Notifications notifications;

	@Test
	void eachPersonSeesTheirOwnNameAndLinks() throws Exception {
		String reader = page("/scenarios", this.users.as("reader"));
		String editor = page("/scenarios", this.users.as("editor"));

		assertThat(reader).contains(this.users.user("reader").getDisplayName()).doesNotContain("id=\"editing-menu\"");
		assertThat(editor).contains(this.users.user("editor").getDisplayName()).contains("id=\"editing-menu\"");
		assertThat(page("/scenarios", this.users.as("reader"))).doesNotContain("id=\"editing-menu\"");
	}

	@Test
	void aNoticeThatArrivesAfterAPageWasSeenRingsTheBellOnTheNextPage() throws Exception {
		CurrentUser person = this.users.newManager("bell-header", null);
		long before = bell(page("/scenarios", this.users.as(person.getUsername())));

		this.notifications.notify(person.getId(), "published", List.of("铃声页眉"), "/scenarios");

		assertThat(bell(page("/scenarios", this.users.as(person.getUsername())))).isEqualTo(before + 1);
	}

	@Test
	void theSearchBoxHoldsTheWordsOfTheSearchShown() throws Exception {
		assertThat(page("/search?q=页眉甲", this.users.as("reader"))).contains("value=\"页眉甲\"");
		assertThat(page("/search?q=页眉乙", this.users.as("reader"))).contains("value=\"页眉乙\"").doesNotContain("页眉甲");
	}

	@Test
	void eachPersonSignsOutWithTheTokenOfTheirOwnPage() throws Exception {
		for (String prefix : List.of("sign-out-a", "sign-out-b")) {
			CurrentUser person = this.users.newManager(prefix, null);
			MockHttpSession session = (MockHttpSession) this.mvc
				.perform(formLogin("/login").user(person.getUsername()).password(prefix + "-password-1"))
				.andExpect(redirectedUrl("/"))
				.andReturn()
				.getRequest()
				.getSession(false);
			String page = this.mvc.perform(get("/scenarios").session(session))
				.andReturn()
				.getResponse()
				.getContentAsString();
			Matcher token = TOKEN.matcher(page);
			assertThat(token.find()).isTrue();
			this.mvc
				.perform(post("/logout").session(session).accept(MediaType.TEXT_HTML).param("_csrf", token.group(1)))
				.andExpect(redirectedUrl("/login?logout"));
		}
	}

	String page(String path, RequestPostProcessor person) throws Exception {
		return this.mvc.perform(get(path).with(person).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	static long bell(String page) {
		Matcher matcher = BELL.matcher(page);
		return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
	}

}
