package com.casebook.web;

import com.casebook.CasebookIntegrationTest;
import com.casebook.SignedIn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inputs an attack run found answering 500, each named: they now get a page or a
 * clear 4xx in the person's language, and what was typed is kept.
 */
@CasebookIntegrationTest
class BadInputTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	SignedIn signedIn() {
		return new SignedIn(this.accounts);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/scenarios", "/api/scenarios", "/changes", "/admin/audit", "/search?q=排班",
			"/api/search?q=排班", "/tags/1" })
	void theLargestPageNumberShowsAnEmptyPageInsteadOfFailing(String path) throws Exception {
		String separator = path.contains("?") ? "&" : "?";
		this.mvc.perform(get(path + separator + "page=2147483647").with(signedIn().as("admin")))
			.andExpect(status().isOk());
	}

	@Test
	void anApiPageLargerThanAPageHoldsIsRefusedWithTheLimit() throws Exception {
		this.mvc.perform(get("/api/scenarios?size=1000").with(signedIn().as("reader")).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("between 1 and 100")));
		this.mvc.perform(get("/api/scenarios?size=100").with(signedIn().as("reader"))).andExpect(status().isOk());
	}

	@Test
	void aNulInASearchStillSearches() throws Exception {
		this.mvc.perform(get("/search").param("q", "排班\u0000预测").with(signedIn().as("reader")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/search").param("q", "\u0000").with(signedIn().as("reader")))
			.andExpect(status().isOk());
	}

	@Test
	void aNulInAJsonBodyIsNoServerError() throws Exception {
		this.mvc
			.perform(post("/api/scenarios/similar").contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"系统\\u0000宕机\",\"situation\":\"\\u0000\"}")
				.with(signedIn().as("manager"))
				.with(csrf()))
			.andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/scenarios/99999999999999999999", "/api/scenarios/99999999999999999999",
			"/changes?author=99999999999999999999", "/scenarios?category=99999999999999999999" })
	void anIdBeyondSixtyFourBitsIsABadRequestInTheLanguageOfThePerson(String path) throws Exception {
		this.mvc.perform(get(path).with(signedIn().as("reader")).header("Accept-Language", "zh-CN"))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void aCategoryOrTagThatDoesNotExistIsAFieldErrorAndKeepsTheText() throws Exception {
		this.mvc
			.perform(post("/scenarios/new").param("title", "不存在的分类")
				.param("situation", "我写了很多情景描述")
				.param("categoryId", "987654321")
				.param("tagIds", "987654321")
				.param("action", "draft")
				.header("Accept-Language", "zh-CN")
				.with(signedIn().as("manager"))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("我写了很多情景描述")))
			.andExpect(content().string(containsString("该选项不存在")));
		assertThat(this.jdbc.sql("select count(*) from scenario where title = '不存在的分类'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aProposedTagLongerThanATagNameIsAFieldErrorAndKeepsTheText() throws Exception {
		String longTag = "很".repeat(61);
		this.mvc
			.perform(post("/scenarios/new").param("title", "过长的建议标签")
				.param("situation", "保留的情景文字")
				.param("tags", "短标签, " + longTag)
				.param("action", "draft")
				.header("Accept-Language", "en")
				.with(signedIn().as("manager"))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("保留的情景文字")))
			.andExpect(content().string(containsString("at most 60 characters")));
		assertThat(this.jdbc.sql("select count(*) from tag where name_zh = '短标签'").query(Long.class).single())
			.as("nothing of the refused submission is stored")
			.isZero();
	}

	@Test
	void aReferenceEntryNameLongerThanItsColumnIsRefusedWithTheLimit() throws Exception {
		this.mvc
			.perform(post("/admin/reference/CHANNEL").param("nameZh", "长".repeat(101))
				.param("nameEn", "long channel")
				.with(signedIn().as("admin"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "admin.reference.error.name"));
		assertThat(this.jdbc.sql("select count(*) from reference_item where name_en = 'long channel'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aTagNameOrGroupLongerThanItsColumnIsAFieldErrorAndKeepsTheText() throws Exception {
		this.mvc
			.perform(post("/admin/tags").param("nameZh", "签".repeat(61))
				.param("description", "保留的描述")
				.header("Accept-Language", "en")
				.with(signedIn().as("admin"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("保留的描述")))
			.andExpect(content().string(containsString("at most 60 characters")));
		this.mvc
			.perform(post("/admin/tags").param("nameZh", "分组太长")
				.param("group", "g".repeat(41))
				.header("Accept-Language", "en")
				.with(signedIn().as("admin"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at most 40 characters")));
		assertThat(this.jdbc.sql("select count(*) from tag where name_zh = '分组太长'").query(Long.class).single())
			.isZero();
	}

}
