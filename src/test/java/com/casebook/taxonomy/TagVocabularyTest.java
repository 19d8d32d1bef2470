package com.casebook.taxonomy;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.revision.RevisionEntry;
import com.casebook.revision.RevisionHistory;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.SolutionContent;
import com.casebook.scenario.TestScenarios;
import com.casebook.search.ScenarioSearch;
import com.casebook.search.SearchHit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Admins curate the tag vocabulary, editors approve proposals, and search follows at
 * once.
 */
@CasebookIntegrationTest
class TagVocabularyTest {

	@Autowired
	TestUsers users;

	@Autowired
	TestScenarios scenarios;

	@Autowired
	MockMvc mvc;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	ScenarioCatalogue catalogue;

	@Autowired
	ScenarioSearch search;

	@Autowired
	TagCuration curation;

	@Autowired
	RevisionHistory history;

	@Test
	void mergingATagRetagsEveryScenarioAndTheOldNameStillFindsThem() throws Exception {
		long old = this.taxonomy.tagNamed("青鸟旧称", TagStatus.ACTIVE);
		long kept = this.taxonomy.tagNamed("青鸟新名", TagStatus.ACTIVE);
		long scenario = published(Set.of(old));
		assertThat(ids("青鸟旧称")).containsExactly(scenario);

		this.mvc
			.perform(post("/admin/tags/" + old + "/merge").param("into", String.valueOf(kept))
				.with(this.users.as("admin"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/tags/" + kept));

		assertThat(this.catalogue.find(scenario).orElseThrow().getTagIds()).containsExactly(kept);
		assertThat(this.taxonomy.tag(kept).orElseThrow().synonyms()).contains("青鸟旧称");
		assertThat(ids("青鸟旧称")).containsExactly(scenario);
		this.mvc.perform(get("/tags/" + old).with(this.users.as("reader"))).andExpect(redirectedUrl("/tags/" + kept));
		this.mvc.perform(get("/search").param("tag", String.valueOf(old)).with(this.users.as("reader")))
			.andExpect(redirectedUrl("/search?tag=" + kept));
		this.mvc.perform(get("/tags/" + kept).with(this.users.as("reader")))
			.andExpect(content().string(containsString("青鸟旧称")));
	}

	@Test
	void mergingATagRetagsThroughTheScenarioWhoseVersionMovesOn() {
		long old = this.taxonomy.tagNamed("白鹭旧称", TagStatus.ACTIVE);
		long kept = this.taxonomy.tagNamed("白鹭新名", TagStatus.ACTIVE);
		long both = published(Set.of(old, kept));
		long onlyOld = published(Set.of(old));
		long versionBoth = this.catalogue.find(both).orElseThrow().getVersion();
		long versionOnlyOld = this.catalogue.find(onlyOld).orElseThrow().getVersion();

		assertThat(this.curation.merge(old, kept, this.users.user("admin").getId())).isEqualTo(1);

		assertThat(this.catalogue.find(both).orElseThrow().getTagIds()).containsExactly(kept);
		assertThat(this.catalogue.find(onlyOld).orElseThrow().getTagIds()).containsExactly(kept);
		assertThat(this.catalogue.find(both).orElseThrow().getVersion()).isGreaterThan(versionBoth);
		assertThat(this.catalogue.find(onlyOld).orElseThrow().getVersion()).isGreaterThan(versionOnlyOld);
	}

	@Test
	void mergingATagRecordsARevisionByTheCuratorInEachRetaggedScenariosHistory() throws Exception {
		long old = this.taxonomy.tagNamed("苍鹭旧称", TagStatus.ACTIVE);
		long kept = this.taxonomy.tagNamed("苍鹭新名", TagStatus.ACTIVE);
		long retagged = published(Set.of(old));
		long untouched = published(Set.of(kept));
		int revisionsOfUntouched = this.history.history(untouched).size();

		this.mvc
			.perform(post("/admin/tags/" + old + "/merge").param("into", String.valueOf(kept))
				.locale(Locale.SIMPLIFIED_CHINESE)
				.with(this.users.as("admin"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/tags/" + kept));

		RevisionEntry latest = this.history.history(retagged).get(0);
		assertThat(latest.number()).isEqualTo(2);
		assertThat(latest.authorName()).isEqualTo(this.users.user("admin").getDisplayName());
		assertThat(latest.summary()).isEqualTo("标签“苍鹭旧称”并入“苍鹭新名”");
		assertThat(this.history.history(untouched)).hasSize(revisionsOfUntouched);
	}

	@Test
	void renamingATagAndAddingASynonymAreSearchableAtOnce() throws Exception {
		long tag = this.taxonomy.tagNamed("白鹭初名", TagStatus.ACTIVE);
		long scenario = published(Set.of(tag));
		this.mvc
			.perform(post("/admin/tags/" + tag).param("nameZh", "白鹭正名")
				.param("nameEn", "Egret")
				.param("synonyms", "白鹭别称、鹭鸟")
				.param("group", "问题类型")
				.with(this.users.as("admin"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/tags/" + tag));
		assertThat(ids("白鹭正名")).containsExactly(scenario);
		assertThat(ids("白鹭别称")).containsExactly(scenario);
	}

	@Test
	void aRetiredTagLeavesThePickersButStaysOnItsScenarios() throws Exception {
		long tag = this.taxonomy.tagNamed("灰雁退役", TagStatus.ACTIVE);
		long scenario = published(Set.of(tag));
		this.mvc.perform(post("/admin/tags/" + tag + "/retire").with(this.users.as("admin")).with(csrf()));
		assertThat(this.taxonomy.pickableTags()).extracting(TagView::id).doesNotContain(tag);
		assertThat(this.catalogue.find(scenario).orElseThrow().getTagIds()).contains(tag);
	}

	@Test
	void aDuplicateNameIsRefusedWithAMessageAndTheTypedTextKept() throws Exception {
		this.taxonomy.tagNamed("鸿雁重名", TagStatus.ACTIVE);
		this.mvc
			.perform(post("/admin/tags").param("nameZh", "鸿雁重名")
				.param("description", "我写的说明")
				.with(this.users.as("admin"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("鸿雁重名")))
			.andExpect(content().string(containsString("我写的说明")))
			.andExpect(content().string(containsString("field-error")));
	}

	@Test
	void aManagerProposesATagAndAnEditorApprovesIt() throws Exception {
		long proposed = this.taxonomy.tagNamed("候鸟提议", TagStatus.PROPOSED);
		this.mvc.perform(get("/tags/proposals").with(this.users.as("editor")))
			.andExpect(content().string(containsString("候鸟提议")));
		this.mvc.perform(post("/tags/proposals/" + proposed + "/approve").with(this.users.as("editor")).with(csrf()))
			.andExpect(redirectedUrl("/tags/proposals"));
		assertThat(this.taxonomy.tag(proposed).orElseThrow().status()).isEqualTo(TagStatus.ACTIVE);
		assertThat(this.taxonomy.pickableTags()).extracting(TagView::id).contains(proposed);
	}

	@Test
	void aManagerCannotCurateTagsInPagesOrApi() throws Exception {
		long tag = this.taxonomy.tagNamed("麻雀权限", TagStatus.PROPOSED);
		this.mvc.perform(get("/admin/tags").with(this.users.as("manager"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/tags/" + tag + "/retire").with(this.users.as("manager")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/tags/proposals/" + tag + "/approve").with(this.users.as("manager")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/tags/" + tag + "/merge").contentType("application/json")
				.content("{\"into\": 1}")
				.with(httpBasic("manager", "demo")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/tags").with(httpBasic("manager", "demo"))).andExpect(status().isOk());
	}

	private long published(Set<Long> tags) {
		return this.scenarios.published(this.users.user("manager"),
				ScenarioContent.builder()
					.title("标签测试情景 " + tags)
					.situation("标签测试的描述")
					.categoryId(1L)
					.tagIds(tags)
					.build(),
				SolutionContent.of("1. 做法", "效果"));
	}

	private List<Long> ids(String text) {
		return this.search.search(text, 0, 10).hits().stream().map(SearchHit::id).toList();
	}

}
