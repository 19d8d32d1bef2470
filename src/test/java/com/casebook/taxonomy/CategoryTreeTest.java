package com.casebook.taxonomy;

import java.util.Locale;

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
import com.casebook.user.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Admins shape the category tree; a category with scenarios is merged, never deleted. */
@CasebookIntegrationTest
class CategoryTreeTest {

	@Autowired
	TestUsers users;

	@Autowired
	RevisionHistory history;

	@Autowired
	TestScenarios scenarios;

	@Autowired
	CategoryCuration curation;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	ScenarioCatalogue catalogue;

	@Autowired
	ScenarioSearch search;

	@Autowired
	MockMvc mvc;

	@Test
	void renamingACategoryRenamesItInSearchForItsWholeSubtree() {
		long parent = this.curation.create(null, "雨林旧分类", "Old rainforest");
		long child = this.curation.create(parent, "树冠", "Canopy");
		long scenario = published(child);
		this.curation.rename(parent, "雨林新分类", "New rainforest");
		assertThat(this.search.search("雨林新分类", 0, 10).hits()).extracting(SearchHit::id).containsExactly(scenario);
		assertThat(this.taxonomy.category(child).orElseThrow().pathIn(Locale.CHINA)).isEqualTo("雨林新分类 / 树冠");
	}

	@Test
	void aCategoryWithScenariosCannotBeDeletedButMergesWithItsScenariosAndChildren() throws Exception {
		long source = this.curation.create(null, "沙漠甲", "Desert A");
		long child = this.curation.create(source, "绿洲", "Oasis");
		long target = this.curation.create(null, "沙漠乙", "Desert B");
		long scenario = published(source);

		this.mvc.perform(post("/admin/categories/" + source + "/delete").with(this.users.as("admin")).with(csrf()))
			.andExpect(flash().attribute("problem", "categories.error.inUse"));
		assertThat(this.taxonomy.category(source)).isPresent();

		this.curation.merge(source, target, this.users.user("admin").getId());
		assertThat(this.taxonomy.category(source)).isEmpty();
		assertThat(this.catalogue.find(scenario).orElseThrow().getCategoryId()).isEqualTo(target);
		assertThat(this.taxonomy.category(child).orElseThrow().parentId()).isEqualTo(target);
		assertThat(this.search.search("沙漠乙", 0, 10).hits()).extracting(SearchHit::id).contains(scenario);
	}

	@Test
	void mergingACategoryRefilesThroughTheScenarioWhoseVersionMovesOn() {
		long source = this.curation.create(null, "峡湾甲", "Fjord A");
		long target = this.curation.create(null, "峡湾乙", "Fjord B");
		long scenario = published(source);
		long version = this.catalogue.find(scenario).orElseThrow().getVersion();

		assertThat(this.curation.merge(source, target, this.users.user("admin").getId())).isEqualTo(1);

		assertThat(this.catalogue.find(scenario).orElseThrow().getCategoryId()).isEqualTo(target);
		assertThat(this.catalogue.find(scenario).orElseThrow().getVersion()).isGreaterThan(version);
	}

	@Test
	void mergingACategoryRecordsARevisionByTheCuratorInTheRefiledScenariosHistory() {
		long source = this.curation.create(null, "沙洲甲", "Sandbar A");
		long target = this.curation.create(null, "沙洲乙", "Sandbar B");
		long scenario = published(source);
		CurrentUser admin = this.users.user("admin");

		LocaleContextHolder.setLocale(Locale.ENGLISH);
		try {
			this.curation.merge(source, target, admin.getId());
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}

		RevisionEntry latest = this.history.history(scenario).get(0);
		assertThat(latest.number()).isEqualTo(2);
		assertThat(latest.authorName()).isEqualTo(admin.getDisplayName());
		assertThat(latest.summary()).isEqualTo("Category “Sandbar A” merged into “Sandbar B”");
	}

	@Test
	void aCategoryCannotMoveIntoItsOwnSubtreeAndOrderCanBeChanged() {
		long parent = this.curation.create(null, "冰川", "Glacier");
		long first = this.curation.create(parent, "冰舌", "Tongue");
		long second = this.curation.create(parent, "冰斗", "Cirque");
		assertThatThrownBy(() -> this.curation.move(parent, first)).isInstanceOf(IllegalArgumentException.class);
		this.curation.shift(second, -1);
		assertThat(this.taxonomy.category(parent).orElseThrow().children()).extracting(CategoryView::id)
			.containsExactly(second, first);
	}

	@Test
	void theReviewIntervalIsInheritedFromTheParent() {
		long parent = this.curation.create(null, "苔原", "Tundra");
		long child = this.curation.create(parent, "冻土", "Permafrost");
		this.curation.setReviewInterval(parent, 30);
		assertThat(this.taxonomy.category(child).orElseThrow().reviewIntervalInEffect()).isEqualTo(30);
		assertThat(this.taxonomy.category(parent).orElseThrow().reviewIntervalInEffect()).isEqualTo(30);
	}

	@Test
	void onlyAdminsShapeTheTree() throws Exception {
		this.mvc.perform(get("/admin/categories").with(this.users.as("editor"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/categories").with(this.users.as("admin"))).andExpect(status().isOk());
	}

	private long published(long category) {
		return this.scenarios.published(this.users.user("manager"),
				ScenarioContent.builder().title("分类测试情景 " + category).situation("分类测试").categoryId(category).build(),
				SolutionContent.of("1. 做法", "效果"));
	}

}
