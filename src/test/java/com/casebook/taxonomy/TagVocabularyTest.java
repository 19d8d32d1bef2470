package com.casebook.taxonomy;

import java.util.List;
import java.util.Set;

import com.casebook.CasebookIntegrationTest;
import com.casebook.SignedIn;
import com.casebook.scenario.ScenarioDrafting;
import com.casebook.scenario.ScenarioReview;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.SolutionContent;
import com.casebook.search.ScenarioSearch;
import com.casebook.search.SearchHit;
import com.casebook.user.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
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
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	ScenarioDrafting drafting;

	@Autowired
	ScenarioReview review;

	@Autowired
	ScenarioCatalogue catalogue;

	@Autowired
	ScenarioSearch search;

	@Autowired
	TagCuration curation;

	@Test
	void mergingATagRetagsEveryScenarioAndTheOldNameStillFindsThem() throws Exception {
		long old = this.taxonomy.tagNamed("青鸟旧称", TagStatus.ACTIVE);
		long kept = this.taxonomy.tagNamed("青鸟新名", TagStatus.ACTIVE);
		long scenario = published(Set.of(old));
		assertThat(ids("青鸟旧称")).containsExactly(scenario);

		this.mvc
			.perform(post("/admin/tags/" + old + "/merge").param("into", String.valueOf(kept))
				.with(as("admin"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/tags/" + kept));

		assertThat(this.catalogue.find(scenario).orElseThrow().getTagIds()).containsExactly(kept);
		assertThat(this.taxonomy.tag(kept).orElseThrow().synonyms()).contains("青鸟旧称");
		assertThat(ids("青鸟旧称")).containsExactly(scenario);
		this.mvc.perform(get("/tags/" + old).with(as("reader"))).andExpect(redirectedUrl("/tags/" + kept));
		this.mvc.perform(get("/search").param("tag", String.valueOf(old)).with(as("reader")))
			.andExpect(redirectedUrl("/search?tag=" + kept));
		this.mvc.perform(get("/tags/" + kept).with(as("reader"))).andExpect(content().string(containsString("青鸟旧称")));
	}

	@Test
	void mergingATagRetagsThroughTheScenarioWhoseVersionMovesOn() {
		long old = this.taxonomy.tagNamed("白鹭旧称", TagStatus.ACTIVE);
		long kept = this.taxonomy.tagNamed("白鹭新名", TagStatus.ACTIVE);
		long both = published(Set.of(old, kept));
		long onlyOld = published(Set.of(old));
		long versionBoth = this.catalogue.find(both).orElseThrow().getVersion();
		long versionOnlyOld = this.catalogue.find(onlyOld).orElseThrow().getVersion();

		assertThat(this.curation.merge(old, kept)).isEqualTo(1);

		assertThat(this.catalogue.find(both).orElseThrow().getTagIds()).containsExactly(kept);
		assertThat(this.catalogue.find(onlyOld).orElseThrow().getTagIds()).containsExactly(kept);
		assertThat(this.catalogue.find(both).orElseThrow().getVersion()).isGreaterThan(versionBoth);
		assertThat(this.catalogue.find(onlyOld).orElseThrow().getVersion()).isGreaterThan(versionOnlyOld);
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
				.with(as("admin"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/tags/" + tag));
		assertThat(ids("白鹭正名")).containsExactly(scenario);
		assertThat(ids("白鹭别称")).containsExactly(scenario);
	}

	@Test
	void aRetiredTagLeavesThePickersButStaysOnItsScenarios() throws Exception {
		long tag = this.taxonomy.tagNamed("灰雁退役", TagStatus.ACTIVE);
		long scenario = published(Set.of(tag));
		this.mvc.perform(post("/admin/tags/" + tag + "/retire").with(as("admin")).with(csrf()));
		assertThat(this.taxonomy.pickableTags()).extracting(TagView::id).doesNotContain(tag);
		assertThat(this.catalogue.find(scenario).orElseThrow().getTagIds()).contains(tag);
	}

	@Test
	void aDuplicateNameIsRefusedWithAMessageAndTheTypedTextKept() throws Exception {
		this.taxonomy.tagNamed("鸿雁重名", TagStatus.ACTIVE);
		this.mvc
			.perform(post("/admin/tags").param("nameZh", "鸿雁重名")
				.param("description", "我写的说明")
				.with(as("admin"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("鸿雁重名")))
			.andExpect(content().string(containsString("我写的说明")))
			.andExpect(content().string(containsString("field-error")));
	}

	@Test
	void aManagerProposesATagAndAnEditorApprovesIt() throws Exception {
		long proposed = this.taxonomy.tagNamed("候鸟提议", TagStatus.PROPOSED);
		this.mvc.perform(get("/tags/proposals").with(as("editor"))).andExpect(content().string(containsString("候鸟提议")));
		this.mvc.perform(post("/tags/proposals/" + proposed + "/approve").with(as("editor")).with(csrf()))
			.andExpect(redirectedUrl("/tags/proposals"));
		assertThat(this.taxonomy.tag(proposed).orElseThrow().status()).isEqualTo(TagStatus.ACTIVE);
		assertThat(this.taxonomy.pickableTags()).extracting(TagView::id).contains(proposed);
	}

	@Test
	void aManagerCannotCurateTagsInPagesOrApi() throws Exception {
		long tag = this.taxonomy.tagNamed("麻雀权限", TagStatus.PROPOSED);
		this.mvc.perform(get("/admin/tags").with(as("manager"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/tags/" + tag + "/retire").with(as("manager")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/tags/proposals/" + tag + "/approve").with(as("manager")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/tags/" + tag + "/merge").contentType("application/json")
				.content("{\"into\": 1}")
				.with(httpBasic("manager", "demo")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/tags").with(httpBasic("manager", "demo"))).andExpect(status().isOk());
	}

	private long published(Set<Long> tags) {
		CurrentUser manager = user("manager");
		long id = this.drafting.createDraft(manager,
				new ScenarioContent("标签测试情景 " + tags, "标签测试的描述", 1L, null, null, Set.of(), tags, null, null),
				new SolutionContent("1. 做法", "效果", null));
		this.drafting.submit(id, manager);
		this.review.publish(id, user("editor"));
		return id;
	}

	private List<Long> ids(String text) {
		return this.search.search(text, 0, 10).hits().stream().map(SearchHit::id).toList();
	}

	private CurrentUser user(String name) {
		return (CurrentUser) this.accounts.loadUserByUsername(name);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String name) {
		return new SignedIn(this.accounts).as(name);
	}

}
