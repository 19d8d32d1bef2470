package com.casebook.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.user.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The scenario page below its title is served ready-made to readers in the same position,
 * and still gives each one their own token, view count and state: what they did, what
 * they typed and what they may do.
 */
@CasebookIntegrationTest
class ScenarioBodyTest {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern VIEWS = Pattern.compile("<dd id=\"views\">(\\d+)</dd>");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestScenarios scenarios;

	@Autowired
	ScenarioFeedback feedback;

	@Autowired
	ScenarioCatalogue catalogue;

	@Test
	void eachReaderOfAPageSeenBeforePostsItsFormsWithTheirOwnToken() throws Exception {
		long id = this.scenarios.published("令牌页面暗号", "两位读者看同一页面，各自用自己的令牌提交", "1. 行动", "效果");
		MockHttpSession first = signIn(this.users.newManager("token-a", null));
		MockHttpSession second = signIn(this.users.newManager("token-b", null));

		String firstPage = page(id, first);
		String secondPage = page(id, second);

		assertThat(firstPage + secondPage).doesNotContain("casebook-csrf-stand-in");
		comment(id, first, token(firstPage), "第一位读者的评论");
		comment(id, second, token(secondPage), "第二位读者的评论");
		assertThat(page(id, first)).contains("第一位读者的评论", "第二位读者的评论");
	}

	@Test
	void theViewCountOfAPageSeenBeforeCountsEachView() throws Exception {
		long id = this.scenarios.published("浏览计数暗号", "同一页面再看一次，浏览数要加一", "1. 行动", "效果");
		MockHttpSession reader = signIn(this.users.newManager("views", null));

		long first = views(page(id, reader));
		assertThat(views(page(id, reader))).isEqualTo(first + 1);
		assertThat(views(page(id, reader))).isEqualTo(first + 2);
	}

	@Test
	void whatOneReaderAppliedShowsToThemAndNotToAnotherInTheSamePosition() throws Exception {
		long id = this.scenarios.published("应用标记暗号", "一位读者应用了方案，另一位读者看不到“您应用过”", "1. 行动", "效果");
		CurrentUser applying = this.users.newManager("applying", null);
		MockHttpSession applyingSession = signIn(applying);
		MockHttpSession other = signIn(this.users.newManager("other", null));
		page(id, applyingSession);
		page(id, other);

		long solution = this.catalogue.find(id).orElseThrow().getSolutions().get(0).getId();
		this.feedback.applied(id, solution, applying, "T-1", "有效");

		assertThat(page(id, applyingSession)).contains("您应用过此方案");
		assertThat(page(id, other)).doesNotContain("您应用过此方案");
	}

	@Test
	void whatAPersonTypedIntoARefusedFormIsShownToThemAlone() throws Exception {
		long id = this.scenarios.published("输入保留暗号", "标记重复时填错了，填的内容只给本人看", "1. 行动", "效果");
		MockHttpSession typing = signIn(this.users.newManager("typing", null));
		MockHttpSession other = signIn(this.users.newManager("not-typing", null));
		page(id, other);

		MvcResult refused = this.mvc
			.perform(post("/scenarios/{id}/duplicate-flag", id).param("duplicateOf", "不是编号的输入暗号")
				.session(typing)
				.with(csrf()))
			.andReturn();
		String shownBack = this.mvc
			.perform(get("/scenarios/{id}", id).session(typing)
				.flashAttrs(refused.getFlashMap())
				.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(shownBack).contains("不是编号的输入暗号");
		assertThat(page(id, other)).doesNotContain("不是编号的输入暗号");
	}

	@Test
	void anEditorsControlsAreNotShownToAReaderOfTheSamePage() throws Exception {
		long id = this.scenarios.published("编辑控件暗号", "编辑看到归档按钮，普通读者看不到", "1. 行动", "效果");
		String archive = "/scenarios/" + id + "/archive\"";

		assertThat(this.mvc.perform(get("/scenarios/{id}", id).with(this.users.as("editor")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(archive);
		assertThat(page(id, signIn(this.users.newManager("no-archive", null)))).doesNotContain(archive);
	}

	MockHttpSession signIn(CurrentUser user) throws Exception {
		String prefix = user.getUsername().replaceAll("\\d+$", "");
		return (MockHttpSession) this.mvc
			.perform(formLogin("/login").user(user.getUsername()).password(prefix + "-password-1"))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	String page(long id, MockHttpSession session) throws Exception {
		return this.mvc
			.perform(get("/scenarios/{id}", id).session(session).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	void comment(long id, MockHttpSession session, String token, String body) throws Exception {
		this.mvc
			.perform(post("/scenarios/{id}/comments", id).session(session).param("_csrf", token).param("body", body))
			.andExpect(redirectedUrl("/scenarios/" + id + "#comments"));
	}

	static String token(String page) {
		Matcher matcher = TOKEN.matcher(page);
		assertThat(matcher.find()).as("a form with a CSRF token").isTrue();
		return matcher.group(1);
	}

	static long views(String page) {
		Matcher matcher = VIEWS.matcher(page);
		assertThat(matcher.find()).as("the view count").isTrue();
		return Long.parseLong(matcher.group(1));
	}

}
