package com.casebook.scenario;

import java.util.List;

import com.casebook.CasebookIntegrationTest;
import com.casebook.SqlStatements;
import com.casebook.TestUsers;
import com.casebook.taxonomy.ReferenceKind;
import com.casebook.taxonomy.Taxonomy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalogue below the header is served ready-made once seen, and still shows what
 * changed since on the next view: a scenario published or archived, a channel added or
 * renamed; each language and each kind of reader gets its own.
 */
@CasebookIntegrationTest
class CatalogueBodyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestScenarios scenarios;

	@Autowired
	ScenarioReview review;

	@Autowired
	Taxonomy taxonomy;

	@Test
	void aPageSeenBeforeIsServedWithoutReadingScenariosAgain() throws Exception {
		String first = catalogue("reader", "zh-CN");
		List<String> statements = SqlStatements.runDuring(() -> catalogue("reader", "zh-CN"));
		assertThat(statements).noneMatch(sql -> sql.toLowerCase().matches("(?s).*\\bfrom scenario\\b.*"));
		assertThat(body(catalogue("reader", "zh-CN"))).isEqualTo(body(first));
	}

	@Test
	void aScenarioPublishedOrArchivedAfterAPageWasSeenShowsOnTheNextView() throws Exception {
		catalogue("reader", "zh-CN");
		long published = this.scenarios.published("目录缓存暗号甲", "发布后下一次打开目录就要看到", "1. 行动", "效果");
		assertThat(catalogue("reader", "zh-CN")).contains("目录缓存暗号甲");

		this.review.archive(published, this.users.editor());
		assertThat(catalogue("reader", "zh-CN")).doesNotContain("目录缓存暗号甲");
	}

	@Test
	void aChannelAddedOrRenamedAfterAPageWasSeenShowsInTheFiltersOnTheNextView() throws Exception {
		catalogue("reader", "en");
		long channel = this.taxonomy.addReference(ReferenceKind.CHANNEL, "缓存渠道乙", "Cached channel B");
		assertThat(catalogue("reader", "en")).contains("Cached channel B");

		this.taxonomy.renameReference(channel, "缓存渠道丙", "Cached channel C");
		assertThat(catalogue("reader", "en")).contains("Cached channel C").doesNotContain("Cached channel B");
	}

	@Test
	void eachLanguageAndEachKindOfReaderGetsItsOwnPage() throws Exception {
		String managerInChinese = catalogue("manager", "zh-CN");
		String managerInEnglish = catalogue("manager", "en");
		String readerInChinese = catalogue("reader", "zh-CN");

		assertThat(managerInChinese).contains("id=\"what-works-link\"").contains("筛选与排序");
		assertThat(managerInEnglish).contains("id=\"what-works-link\"").contains("Filter and sort");
		assertThat(readerInChinese).doesNotContain("what-works-link").contains("筛选与排序");
		assertThat(catalogue("reader", "zh-CN")).doesNotContain("what-works-link");
		assertThat(catalogue("manager", "zh-CN")).contains("id=\"what-works-link\"");
	}

	private String catalogue(String username, String language) throws Exception {
		return this.mvc.perform(get("/scenarios").with(this.users.as(username)).header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The page below the header, which holds the reader's own figures. */
	private static String body(String page) {
		return page.substring(page.indexOf("<section class=\"with-sidebar\">"));
	}

}
