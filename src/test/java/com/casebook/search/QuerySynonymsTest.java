package com.casebook.search;

import java.util.List;

import com.casebook.CasebookIntegrationTest;
import com.casebook.SqlStatements;
import com.casebook.TestUsers;
import com.casebook.scenario.TestScenarios;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Query synonyms: admins add them on their page, searches on the page and through the API
 * use them at once and stop when they are removed, and nobody else may touch them.
 */
@CasebookIntegrationTest
class QuerySynonymsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestScenarios scenarios;

	@Autowired
	QuerySynonyms synonyms;

	@Autowired
	ScenarioSearch search;

	@Autowired
	SearchLog log;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheSynonymsOfTheTest() {
		for (QuerySynonym synonym : this.synonyms.all()) {
			this.synonyms.remove(synonym.id(), this.users.user("admin"));
		}
	}

	// each test its own words: what is typed is made of characters no scenario holds,
	// so even "most of the words" finds nothing without the synonym

	@Test
	void aSearchUsingOnlyTheSynonymFindsTheScenarioOnThePageAndInTheApi() throws Exception {
		String typed = "饕餮魑魅";
		String catalogueWord = "鲲鹏派单";
		long id = this.scenarios.published(catalogueWord + "卡住", catalogueWord + "停摆。", "手工分配", "恢复");
		assertThat(this.search.search(typed, 0, 10).total()).isZero();

		addSynonym(typed, catalogueWord, false).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/synonyms"));

		this.mvc.perform(get("/search").param("q", typed).with(this.users.as("reader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("scenario=" + id + "&amp;")))
			// what is typed is not in the text: the marks are the synonym's
			.andExpect(content().string(containsString("</mark>")));
		this.mvc.perform(api(typed))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total", is(1)))
			.andExpect(jsonPath("$.hits[0].id", is((int) id)));
	}

	@Test
	void aRemovedSynonymStopsApplying() throws Exception {
		String typed = "犰狳麒麟";
		String catalogueWord = "鲲鹏断连";
		long id = this.scenarios.published(catalogueWord + "频发", catalogueWord + "频发。", "重启网关", "恢复");
		addSynonym(typed, catalogueWord, false);
		assertThat(this.search.search(typed, 0, 10).hits()).extracting(SearchHit::id).containsExactly(id);
		long synonymId = this.synonyms.all().get(0).id();

		this.mvc.perform(post("/admin/synonyms/{id}/delete", synonymId).with(this.users.as("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.search.search(typed, 0, 10).total()).isZero();
		this.mvc.perform(api(typed)).andExpect(jsonPath("$.total", is(0)));
	}

	@Test
	void aOneWaySynonymAppliesOneWayAndATwoWaySynonymBoth() throws Exception {
		String typed = "貔貅獬豸";
		String catalogueWord = "鲲鹏复盘";
		long typedScenario = this.scenarios.published(typed + "纪要", typed + "纪要。", "整理", "存档");
		long catalogueScenario = this.scenarios.published(catalogueWord + "纪要", catalogueWord + "纪要。", "整理", "存档");

		addSynonym(typed, catalogueWord, false);
		assertThat(ids(typed)).containsExactlyInAnyOrder(typedScenario, catalogueScenario);
		assertThat(ids(catalogueWord)).containsExactly(catalogueScenario);

		removeTheSynonymsOfTheTest();
		addSynonym(typed, catalogueWord, true);
		assertThat(ids(catalogueWord)).containsExactlyInAnyOrder(typedScenario, catalogueScenario);
	}

	@Test
	void aSearchTheSynonymsRewriteRunsNoStatementOfItsOwn() throws Exception {
		String typed = "魍魉饕餮";
		addSynonym(typed, "排班", false);
		this.mvc.perform(api(typed)).andExpect(status().isOk());
		this.mvc.perform(api("")).andExpect(status().isOk());
		this.log.flush();

		long signingIn = SqlStatements.runDuring(() -> this.mvc.perform(api(""))).size();
		assertThat(SqlStatements.runDuring(() -> this.mvc.perform(api(typed)).andExpect(jsonPath("$.total", not(0)))))
			.hasSize((int) signingIn);
	}

	@Test
	void onlyAdminsSeeAddOrRemoveSynonyms() throws Exception {
		addSynonym("退钱", "退款", false);
		long id = this.synonyms.all().get(0).id();
		for (String who : List.of("editor", "manager", "reader")) {
			this.mvc.perform(get("/admin/synonyms").with(this.users.as(who))).andExpect(status().isForbidden());
			this.mvc
				.perform(post("/admin/synonyms").param("phrase", "当机")
					.param("replacement", "宕机")
					.with(this.users.as(who))
					.with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/admin/synonyms/{id}/delete", id).with(this.users.as(who)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(this.synonyms.all()).extracting(QuerySynonym::id).containsExactly(id);
	}

	@Test
	void refusedSynonymsSayWhyInTheAdminsLanguageAndKeepWhatWasTyped() throws Exception {
		addSynonym("退钱", "退款", false);
		String tooLong = "长".repeat(QuerySynonyms.MAX_LENGTH + 1);

		expectRefusal("en", " ", "退款", "Type a word or phrase.");
		expectRefusal("zh-CN", " ", "退款", "请输入一个词或短语。");
		expectRefusal("en", "當機", "当机", "The two sides are the same word once folded");
		expectRefusal("zh-CN", "當機", "当机", "两边统一处理后是同一个词");
		expectRefusal("en", "退款", "退钱", "These two words are already synonyms");
		expectRefusal("zh-CN", "退款", "退钱", "这两个词已经是同义词");
		expectRefusal("en", "宕机", tooLong, "At most 60 characters.");
		expectRefusal("zh-CN", "宕机", tooLong, "最多 60 个字符。");
		assertThat(this.synonyms.all()).hasSize(1);
	}

	@Test
	void addingAndRemovingASynonymIsAudited() throws Exception {
		addSynonym("當機", "宕机", false);
		QuerySynonym added = this.synonyms.all().get(0);
		assertThat(added.phrase()).as("stored folded, as queries are").isEqualTo("当机");
		this.synonyms.remove(added.id(), this.users.user("admin"));

		List<String> actions = this.jdbc
			.sql("select action from audit_entry where target_type = 'QUERY_SYNONYM' and target_id = :id order by id")
			.param("id", added.id())
			.query(String.class)
			.list();
		assertThat(actions).containsExactly("synonym.added", "synonym.removed");
		this.mvc.perform(get("/admin/audit").with(this.users.as("admin")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(content().string(containsString("added the query synonym #" + added.id() + " 当机 → 宕机")));
	}

	@Test
	void searchesThatFoundNothingAreOfferedWithTheFormFilledIn() throws Exception {
		this.mvc.perform(get("/search").param("q", "饕餮说法").with(this.users.as("reader")));

		this.mvc.perform(get("/admin/synonyms").with(this.users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/synonyms?phrase=")))
			.andExpect(content().string(containsString(">饕餮说法<")));
		this.mvc.perform(get("/admin/synonyms").param("phrase", "饕餮说法").with(this.users.as("admin")))
			.andExpect(content().string(containsString("value=\"饕餮说法\"")));

		addSynonym("饕餮说法", "排班", false);
		this.mvc.perform(get("/admin/synonyms").with(this.users.as("admin")))
			.andExpect(content().string(not(containsString(">饕餮说法</a>"))));
	}

	@Test
	void theVocabularyPagesLinkToTheSynonyms() throws Exception {
		for (String page : List.of("/admin", "/admin/tags")) {
			this.mvc.perform(get(page).with(this.users.as("admin")))
				.andExpect(content().string(containsString("href=\"/admin/synonyms\"")));
		}
	}

	private ResultActions addSynonym(String phrase, String replacement, boolean twoWay) throws Exception {
		return this.mvc.perform(post("/admin/synonyms").param("phrase", phrase)
			.param("replacement", replacement)
			.param("twoWay", String.valueOf(twoWay))
			.with(this.users.as("admin"))
			.with(csrf()));
	}

	private void expectRefusal(String language, String phrase, String replacement, String message) throws Exception {
		this.mvc
			.perform(post("/admin/synonyms").param("phrase", phrase)
				.param("replacement", replacement)
				.header(HttpHeaders.ACCEPT_LANGUAGE, language)
				.with(this.users.as("admin"))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("value=\"" + replacement + "\"")));
	}

	private List<Long> ids(String query) {
		return this.search.search(query, 0, 10).hits().stream().map(SearchHit::id).toList();
	}

	private static MockHttpServletRequestBuilder api(String q) {
		return get("/api/search").param("q", q).with(httpBasic("reader", "demo"));
	}

}
