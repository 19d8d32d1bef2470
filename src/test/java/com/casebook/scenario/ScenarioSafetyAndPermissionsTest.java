package com.casebook.scenario;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.SignedIn;
import com.casebook.user.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CasebookIntegrationTest
class ScenarioSafetyAndPermissionsTest {

	@Autowired
	TestUsers users;

	static final String XSS = "<script>alert('x')</script><img src=x onerror=alert(1)>[link](javascript:alert(2))";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	TestScenarios scenarios;

	@Autowired
	ScenarioDrafting drafting;

	@Autowired
	ScenarioFeedback feedback;

	@Test
	void anXssPayloadInEveryTextFieldIsRenderedInert() throws Exception {
		CurrentUser manager = this.users.user("manager");
		long id = this.scenarios.published(manager,
				ScenarioContent.builder().title("标题" + XSS).situation("情景" + XSS).categoryId(1L).build(),
				new SolutionContent("行动" + XSS, "效果" + XSS, "预防" + XSS));
		this.feedback.comment(id, this.users.user("reader"), "评论" + XSS);

		String html = this.mvc.perform(get("/scenarios/" + id).with(this.users.as("reader")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the payload may only appear as escaped text: no tag carries it, no tag has an
		// event handler
		assertThat(html).doesNotContain("<script>alert")
			.doesNotContain("<img src=x")
			.doesNotContainPattern("<[a-zA-Z]+[^>]*\\son[a-z]+\\s*=")
			.doesNotContain("href=\"javascript:");
		assertThat(html).contains("&lt;script&gt;");
	}

	@Test
	void aCommentRendersTheSameSafeMarkdownAsTheScenario() throws Exception {
		CurrentUser manager = this.users.user("manager");
		long id = this.scenarios.published(manager,
				ScenarioContent.builder().title("评论格式").situation("情景").categoryId(1L).build(),
				SolutionContent.of("行动", "效果"));
		this.feedback.comment(id, this.users.user("reader"), "**先确认**排队人数：\n\n1. 看大屏\n2. 问组长");

		String html = this.mvc.perform(get("/scenarios/" + id).with(this.users.as("reader")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<strong>先确认</strong>").containsPattern("<ol>\\s*<li>看大屏</li>");
	}

	@Test
	void aManagerCannotPublishOrSendBackThroughThePages() throws Exception {
		CurrentUser manager = this.users.user("manager");
		long id = this.drafting.createDraft(manager,
				ScenarioContent.builder().title("待审").situation("情景").categoryId(1L).build(),
				SolutionContent.of("行动", "效果"));
		this.drafting.submit(id, manager);
		this.mvc.perform(post("/scenarios/" + id + "/publish").with(this.users.as("manager")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/scenarios/" + id + "/send-back").param("comment", "x")
				.with(this.users.as("manager"))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aDraftCannotBeCommentedOnOrWatchedByThoseWhoCannotSeeIt() throws Exception {
		long id = this.drafting.createDraft(this.users.user("manager"),
				ScenarioContent.builder().title("不可评论的草稿").situation("情景").categoryId(1L).build(), null);
		long missing = id + 1_000_000;
		for (String outsider : new String[] { "reader", "manager2" }) {
			SignedIn signedIn = new SignedIn(this.accounts);
			for (long target : new long[] { id, missing }) {
				this.mvc
					.perform(post("/scenarios/" + target + "/comments").param("body", "看到了")
						.with(signedIn.as(outsider))
						.with(csrf()))
					.andExpect(status().isNotFound());
				this.mvc
					.perform(post("/watches/scenarios/" + target).param("watch", "true")
						.with(signedIn.as(outsider))
						.with(csrf()))
					.andExpect(status().isNotFound());
			}
		}
		assertThat(this.feedback.comments(id)).isEmpty();
		// the author and editors still can
		for (String insider : new String[] { "manager", "editor" }) {
			this.mvc
				.perform(post("/scenarios/" + id + "/comments").param("body", "自己的备注")
					.with(this.users.as(insider))
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
			this.mvc.perform(
					post("/watches/scenarios/" + id).param("watch", "true").with(this.users.as(insider)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(this.feedback.comments(id)).hasSize(2);
	}

	@Test
	void aManagerCannotSeeAnotherManagersDraft() throws Exception {
		long id = this.drafting.createDraft(this.users.user("manager"),
				ScenarioContent.builder().title("私人草稿").situation("情景").categoryId(1L).build(), null);
		this.mvc.perform(get("/scenarios/" + id).with(this.users.as("manager2"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/scenarios/" + id + "/edit").with(this.users.as("manager2")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/scenarios/" + id).with(this.users.as("editor"))).andExpect(status().isOk());
	}

	@Test
	void onlyAdminsManageTheReferenceLists() throws Exception {
		this.mvc.perform(get("/admin/reference").with(this.users.as("editor"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/reference/KPI").param("nameZh", "一次转接率")
			.param("nameEn", "Single transfer rate")
			.with(this.users.as("admin"))
			.with(csrf()));
		this.mvc.perform(get("/admin/reference").with(this.users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("一次转接率")));
	}

}
