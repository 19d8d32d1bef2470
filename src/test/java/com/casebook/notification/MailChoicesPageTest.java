package com.casebook.notification;

import java.util.EnumSet;

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

/** People choose on their own profile which kinds of notification are e-mailed. */
@CasebookIntegrationTest
class MailChoicesPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailChoices choices;

	@Test
	void aPersonTurnsAKindOffOnTheirProfileAndOnlyTheySeeTheChoices() throws Exception {
		SignedIn signedIn = new SignedIn(this.accounts);
		long editor = this.jdbc.sql("select id from user_account where username = 'editor'").query(Long.class).single();
		this.mvc.perform(get("/people/editor").with(signedIn.as("editor")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"mail-choices-form\""),
					containsString("id=\"mail-POINTS\" checked"), containsString("Points I receive"))));
		this.mvc.perform(get("/people/editor").with(signedIn.as("manager")))
			.andExpect(content().string(not(containsString("id=\"mail-choices\""))));

		this.mvc
			.perform(post("/account/mail").param("kind", "MY_WORK", "WATCHED", "REVIEW_DUE", "REWARDS", "BACKUPS")
				.with(signedIn.as("editor"))
				.with(csrf()))
			.andExpect(redirectedUrl("/people/editor#mail-choices"));
		assertThat(this.choices.mailedTo(editor)).doesNotContain(MailChoices.Kind.POINTS)
			.contains(MailChoices.Kind.MY_WORK);
		this.mvc.perform(get("/people/editor").with(signedIn.as("editor")).header("Accept-Language", "zh-CN"))
			.andExpect(content().string(allOf(containsString("我获得的积分"),
					not(containsString("id=\"mail-POINTS\" checked")), containsString("id=\"mail-MY_WORK\" checked"))));

		this.mvc.perform(post("/account/mail").param("kind", "NO_SUCH_KIND").with(signedIn.as("editor")).with(csrf()))
			.andExpect(status().isBadRequest());
		assertThat(this.choices.mailedTo(editor)).doesNotContain(MailChoices.Kind.POINTS);
		this.choices.choose(editor, EnumSet.allOf(MailChoices.Kind.class));
	}

}
