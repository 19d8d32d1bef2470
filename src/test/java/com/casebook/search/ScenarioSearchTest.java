package com.casebook.search;

import java.util.Set;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.scenario.ScenarioDrafting;
import com.casebook.scenario.ScenarioReview;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.SolutionContent;
import com.casebook.taxonomy.ReferenceKind;
import com.casebook.taxonomy.TagStatus;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search over the demo catalogue, indexed by Hibernate Search as the demo data was
 * stored.
 */
@CasebookIntegrationTest
class ScenarioSearchTest {

	@Autowired
	TestUsers users;

	@Autowired
	ScenarioSearch search;

	@Test
	void findsTheOutOfStockScenarioAndHighlightsTheWord() {
		SearchResults results = this.search.search("缺货", 0, 10);
		assertThat(results.total()).isPositive();
		SearchHit top = results.hits().get(0);
		assertThat(top.title()).contains("缺货");
		assertThat(top.titleHtml() + top.snippetHtml()).contains("<mark>缺货</mark>");
	}

	@Test
	void traditionalScriptFindsTheSameAsSimplified() {
		SearchResults simplified = this.search.search("培训", 0, 10);
		SearchResults traditional = this.search.search("培訓", 0, 10);
		assertThat(simplified.total()).isPositive();
		assertThat(traditional.hits()).extracting(SearchHit::id)
			.containsExactlyElementsOf(simplified.hits().stream().map(SearchHit::id).toList());
	}

	@Test
	void mixedChineseAndEnglishQueriesWork() {
		assertThat(this.search.search("IVR 菜单", 0, 10).hits()).extracting(SearchHit::title)
			.anyMatch(title -> title.contains("IVR"));
	}

	@Autowired
	ScenarioDrafting drafting;

	@Autowired
	ScenarioReview review;

	@Test
	void draftsSubmissionsAndArchivedScenariosAreNeverFound() {
		CurrentUser manager = this.users.user("manager");
		CurrentUser editor = this.users.user("editor");
		ScenarioContent content = ScenarioContent.builder()
			.title("蓝鲸暗号 draft")
			.situation("蓝鲸暗号只在草稿里出现")
			.categoryId(1L)
			.build();
		SolutionContent solution = SolutionContent.of("1. 行动", "效果");
		long draft = this.drafting.createDraft(manager, content, solution);
		long submitted = this.drafting.createDraft(manager, content, solution);
		this.drafting.submit(submitted, manager);
		long archived = this.drafting.createDraft(manager, content, solution);
		this.drafting.submit(archived, manager);
		this.review.publish(archived, editor);
		assertThat(this.search.search("蓝鲸暗号", 0, 10).hits()).extracting(SearchHit::id).containsExactly(archived);
		this.review.archive(archived, editor);

		assertThat(this.search.search("蓝鲸暗号", 0, 10).hits()).isEmpty();
		assertThat(draft).isNotEqualTo(submitted);
	}

	@Autowired
	Taxonomy taxonomy;

	@Test
	void theNamesAScenarioIsFiledUnderFindIt() {
		CurrentUser manager = this.users.user("manager");
		CurrentUser editor = this.users.user("editor");
		long tag = this.taxonomy.tagNamed("夜猫子专线", TagStatus.ACTIVE);
		long id = this.drafting.createDraft(manager,
				ScenarioContent.builder()
					.title("凌晨来电排队")
					.situation("凌晨两点进线突然增加")
					.categoryId(this.taxonomy.categoryForPath("排班与人力/话务预测"))
					.tagIds(Set.of(tag))
					.build(),
				SolutionContent.of("1. 增加夜班", "等待缩短"));
		this.drafting.submit(id, manager);
		this.review.publish(id, editor);

		assertThat(this.search.search("夜猫子专线", 0, 10).hits()).extracting(SearchHit::id).containsExactly(id);
		assertThat(this.search.search("话务预测 凌晨", 0, 10).hits()).extracting(SearchHit::id).contains(id);
	}

	@Test
	void aHitWhoseSituationLacksTheWordsShowsTheSolutionThatHoldsThemAndTheApiLeavesTheTitleUnmarked() {
		CurrentUser manager = this.users.user("manager");
		long id = this.drafting.createDraft(manager,
				ScenarioContent.builder()
					.title("萤火虫值守的夜间来电")
					.situation("凌晨两点来电量翻倍，排队超过十分钟")
					.categoryId(this.taxonomy.categoryForPath("排班与人力/话务预测"))
					.build(),
				SolutionContent.of("1. 启用萤火虫值守小组接听夜间来电", "排队降到两分钟"));
		this.drafting.submit(id, manager);
		this.review.publish(id, this.users.user("editor"));

		SearchHit page = only(this.search.search(SearchQuery.of("萤火虫值守", 0, 10)), id);
		SearchHit api = only(this.search.search(SearchQuery.of("萤火虫值守", 0, 10), ScenarioSearch.Highlights.SNIPPET), id);

		assertThat(page.snippetHtml()).contains("<mark>").contains("小组接听");
		assertThat(page.titleHtml()).contains("<mark>");
		assertThat(api.snippetHtml()).isEqualTo(page.snippetHtml());
		assertThat(api.titleHtml()).doesNotContain("<mark>").isEqualTo("萤火虫值守的夜间来电");
		assertThat(api.title()).isEqualTo(page.title());
	}

	private static SearchHit only(SearchResults results, long id) {
		assertThat(results.hits()).extracting(SearchHit::id).containsExactly(id);
		return results.hits().get(0);
	}

	@Test
	void highlightedSnippetsEscapeWhatPeopleTyped() {
		assertThat(Snippet.toSafeHtml("<script>x</script>" + Snippet.OPEN + "缺货" + Snippet.CLOSE))
			.isEqualTo("&lt;script&gt;x&lt;/script&gt;<mark>缺货</mark>");
	}

	@Test
	void renamingAReferenceEntryReindexesTheScenariosFiledUnderIt() {
		CurrentUser manager = this.users.user("manager");
		CurrentUser editor = this.users.user("editor");
		long channel = this.taxonomy.addReference(ReferenceKind.CHANNEL, "信鸽传书", "Carrier pigeon");
		long id = this.drafting.createDraft(manager,
				ScenarioContent.builder()
					.title("来信积压")
					.situation("信件积压三天未回复")
					.categoryId(this.taxonomy.categoryForPath("排班与人力/话务预测"))
					.channelId(channel)
					.build(),
				SolutionContent.of("1. 加派人手", "积压清零"));
		this.drafting.submit(id, manager);
		this.review.publish(id, editor);
		assertThat(this.search.search("信鸽传书", 0, 10).hits()).extracting(SearchHit::id).containsExactly(id);

		this.taxonomy.renameReference(channel, "飞鸽邮路", "Pigeon post");

		assertThat(this.search.search("飞鸽邮路", 0, 10).hits()).extracting(SearchHit::id).containsExactly(id);
		// the old name is gone from the document: at most a loose match on some of its
		// characters remains
		SearchResults oldName = this.search.search("信鸽传书", 0, 10);
		assertThat(oldName.relaxed() || oldName.hits().stream().noneMatch(hit -> hit.id() == id)).isTrue();
	}

}
