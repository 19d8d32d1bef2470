package com.casebook.search;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Search-as-you-type in the header box. */
@CasebookIntegrationTest
class SuggestionsTest {

	@Autowired
	TestUsers users;

	@Autowired
	ScenarioSuggestions suggestions;

	@Autowired
	MockMvc mvc;

	@Test
	void aFirstCharacterAlreadySuggestsTitlesAndTagsStartingThere() {
		Suggestions typed = this.suggestions.suggest("缺");
		assertThat(typed.titles()).extracting(Suggestions.Title::title).anyMatch(title -> title.contains("缺货"));
		assertThat(typed.tags()).extracting(tag -> tag.name().zh()).contains("缺货");
	}

	@Test
	void anUnfinishedEnglishWordSuggestsTheEnglishScenario() {
		assertThat(this.suggestions.suggest("attri").titles()).extracting(Suggestions.Title::title)
			.anyMatch(title -> title.contains("attrition"));
	}

	@Test
	void traditionalScriptSuggestsTheSameTitles() {
		assertThat(this.suggestions.suggest("盜刷").titles()).extracting(Suggestions.Title::title)
			.anyMatch(title -> title.contains("盗刷"));
	}

	@Test
	void theHeaderBoxGetsSuggestionsAsJsonWithLinks() throws Exception {
		// a Chinese reader: the demo tags have English names too, shown to English
		// readers
		this.mvc
			.perform(get("/search/suggest").param("q", "缺货")
				.header("Accept-Language", "zh-CN")
				.with(this.users.as("reader")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.titles[0].url").value(Matchers.startsWith("/scenarios/")))
			.andExpect(jsonPath("$.tags[*].label").value(hasItem("缺货")));
	}

}
