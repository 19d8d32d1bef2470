package com.casebook.search.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.casebook.CasebookIntegrationTest;
import com.casebook.SqlStatements;
import com.casebook.TestUsers;
import com.casebook.scenario.TestScenarios;
import com.casebook.search.QuerySynonyms;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A search seen before is served ready-made below the header, each search still logged on
 * its own and its links carrying its own log entry; what changed since shows on the next
 * search.
 */
@CasebookIntegrationTest
class SearchResultsBodyTest {

	private static final Pattern ENTRY = Pattern.compile("entry=(\\d+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestScenarios scenarios;

	@Autowired
	QuerySynonyms synonyms;

	@Test
	void aRepeatedSearchIsServedReadyMadeWithItsOwnLogEntryInItsLinks() throws Exception {
		this.scenarios.published("搜索缓存暗号丁", "同一搜索再来一次，页面现成给出", "1. 行动", "效果");
		String first = search("搜索缓存暗号丁");
		List<String> statements = SqlStatements.runDuring(() -> search("搜索缓存暗号丁"));
		String second = search("搜索缓存暗号丁");

		assertThat(statements).noneMatch(sql -> sql.toLowerCase().matches("(?s).*\\bfrom scenario\\b.*"));
		assertThat(first).contains("搜索缓存暗号丁");
		assertThat(entries(first)).hasSize(1);
		assertThat(entries(second)).hasSize(1).doesNotContainAnyElementsOf(entries(first));
		assertThat(body(second).replaceAll("entry=\\d+", "entry=N"))
			.isEqualTo(body(first).replaceAll("entry=\\d+", "entry=N"));
	}

	@Test
	void aScenarioPublishedAfterASearchShowsOnTheNextSearch() throws Exception {
		this.scenarios.published("搜索缓存暗号戊 其一", "先有一个，搜索记住页面", "1. 行动", "效果");
		// the hits' titles are highlighted, so only the words not searched for show whole
		assertThat(search("搜索缓存暗号戊")).contains("其一").doesNotContain("其二");

		this.scenarios.published("搜索缓存暗号戊 其二", "后来又发布一个，下一次搜索就要看到", "1. 行动", "效果");
		assertThat(search("搜索缓存暗号戊")).contains("其一").contains("其二");
	}

	@Test
	void aSynonymAddedAfterASearchWidensTheNextSearch() throws Exception {
		long found = this.scenarios.published("缓存同义暗号己", "只有同义词才能把它找出来", "1. 行动", "效果");
		String link = "scenario=" + found + "&amp;";
		assertThat(search("缓存别名暗号庚")).doesNotContain(link);

		this.synonyms.add(new QuerySynonyms.NewSynonym("缓存别名暗号庚", "缓存同义暗号己", false), this.users.user("admin"));
		assertThat(search("缓存别名暗号庚")).contains(link);
	}

	@Test
	void wordsThatLookLikeTheStandInEntryAreShownAsTyped() throws Exception {
		String typed = "entry=" + SearchResultsBody.STAND_IN_ENTRY;
		search(typed);
		String page = search(typed);
		assertThat(body(page)).contains("value=\"" + typed + "\"");
	}

	private String search(String words) throws Exception {
		return this.mvc
			.perform(get("/search").param("q", words).with(this.users.as("reader")).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static List<String> entries(String page) {
		Matcher entries = ENTRY.matcher(body(page));
		return entries.results().map(match -> match.group(1)).distinct().toList();
	}

	/** The page below the header, which holds the reader's own figures. */
	private static String body(String page) {
		return page.substring(page.indexOf("<section class=\"with-sidebar search-page\">"));
	}

}
