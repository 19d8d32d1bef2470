package com.casebook.search.semantic;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import jakarta.persistence.EntityManager;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.SolutionContent;
import com.casebook.scenario.TestScenarios;
import com.casebook.scenario.WikiAmendments;
import com.casebook.search.IndexMaintenance;
import com.casebook.search.ScenarioSearch;
import com.casebook.search.ScenarioSearch.Ranking;
import com.casebook.search.SearchHit;
import com.casebook.search.SearchQuery;
import com.casebook.search.SearchResults;
import com.casebook.search.SimilarScenario;
import com.casebook.search.SimilarScenarios;
import com.casebook.taxonomy.TagCuration;
import com.casebook.taxonomy.TagCuration.TagFields;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Semantic search end to end: vectors computed in the background after commit, stored
 * once, reused by restarts and rebuilds, and fused with the words' ranking.
 */
@CasebookIntegrationTest
@TestPropertySource(properties = "casebook.semantic.enabled=true")
class SemanticSearchTest {

	/**
	 * Shares no word with demo-003 (客户情绪激动，辱骂坐席要求立即退款): the words alone do not find it.
	 */
	private static final String PARAPHRASE = "客户骂人";

	@Autowired
	EmbeddingWorker worker;

	@Autowired
	EmbeddingStore store;

	@Autowired
	ScenarioSearch search;

	@Autowired
	IndexMaintenance index;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestScenarios scenarios;

	@Autowired
	TestUsers users;

	@Autowired
	WikiAmendments amendments;

	@Autowired
	ScenarioCatalogue catalogue;

	@Autowired
	MockMvc mvc;

	@Autowired
	SimilarScenarios similar;

	@Autowired
	TagCuration tags;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EntityManager entityManager;

	@BeforeEach
	void everyScenarioIsEmbedded() {
		EmbeddingsCaughtUp.await(this.worker, this.index, this::scenarioCount);
	}

	@Test
	void aQuerySearchedAgainReusesItsVectorInsteadOfRunningTheModel() {
		float[] first = this.semantic.queryVector("夜班话务激增");
		float[] again = this.semantic.queryVector("夜班话务激增");
		assertThat(again).isSameAs(first);
		assertThat(this.semantic.queryVector("夜班话务骤降")).isNotSameAs(first).isNotEqualTo(first);
		String longText = "话务".repeat(150);
		assertThat(this.semantic.queryVector(longText)).isNotSameAs(this.semantic.queryVector(longText))
			.isEqualTo(this.semantic.queryVector(longText));
	}

	@Test
	void restartingOrRebuildingTheIndexComputesNoEmbeddingAlreadyStored() {
		long computed = this.worker.progress().computed();
		String stored = this.jdbc.queryForObject("select max(computed_at)::text from scenario_embedding", String.class);

		this.index.rebuild();
		this.worker.start();
		this.worker.awaitIdle();

		assertThat(this.worker.progress().computed()).isEqualTo(computed);
		assertThat(this.jdbc.queryForObject("select max(computed_at)::text from scenario_embedding", String.class))
			.isEqualTo(stored);
		// the rebuilt index holds the stored vectors
		assertThat(refs(this.search.search(SearchQuery.of(PARAPHRASE, 0, 10), Ranking.VECTOR))).contains("demo-003");
	}

	@Test
	void aScenarioEditedAfterItWasEmbeddedGetsANewVectorAfterCommit() {
		long id = this.scenarios.published("仓库打包线停电导致发货暂停", "周三下午仓库打包线突然停电，三个小时无法发货，客户陆续来电询问包裹为何没有揽收。", "统一口径告知预计发货时间",
				"来电量回落");
		await(() -> hash(id) != null);
		String before = hash(id);

		int base = this.catalogue.find(id).orElseThrow().getRevisionNumber();
		this.amendments.amend(id, this.users.manager(),
				this.scenarios.content("坐席耳机大面积故障影响接听", "新换的一批坐席耳机出现杂音和断线，接听时客户听不清，投诉明显增加。"), base, "换个主题");

		await(() -> !before.equals(hash(id)));
		// the new vector is stored before its batch is indexed again
		this.worker.awaitIdle();
		Map<Long, Float> nearest = nearestTo("耳机有杂音客户听不清");
		assertThat(nearest.keySet()).first().isEqualTo(id);
	}

	@Test
	void renamingATagEmbedsTheNamesOfItsScenariosAgainAndNothingElse() {
		long tag = this.tags.create(new TagFields("停电应急", "Power cut", null, null, Set.of("断电")));
		long filed = this.scenarios.published(this.scenarios.content("园区停电后来电排队", "园区整体停电两小时，恢复后来电集中涌入，排队超过二十分钟。")
			.toBuilder()
			.tagIds(Set.of(tag))
			.build(), SolutionContent.of("开启排队回拨", "排队时长回落"));
		await(() -> hash(filed, "names") != null && hash(filed, "content") != null);
		this.worker.awaitIdle();
		String names = hash(filed, "names");
		String content = hash(filed, "content");
		long other = this.jdbc.queryForObject("select id from scenario where external_ref = 'demo-003'", Long.class);
		String otherNames = hash(other, "names");
		long computed = this.worker.progress().computed();

		this.tags.edit(tag, new TagFields("供电中断", "Power outage", null, null, Set.of("断电", "停电")));

		await(() -> !names.equals(hash(filed, "names")));
		this.worker.awaitIdle();
		assertThat(hash(filed, "content")).isEqualTo(content);
		assertThat(hash(other, "names")).isEqualTo(otherNames);
		assertThat(this.worker.progress().computed()).isEqualTo(computed + 1);
		// the new names vector is in the index
		float[] renamed = this.store.stored(filed).get(VectorKind.NAMES).vector();
		Map<Long, Float> indexed = this.transactions
			.execute(status -> ScenarioVectorField.nearest(Search.session(this.entityManager), renamed, 1, 0.999f,
					f -> f.id().matching(filed).toPredicate(), EnumSet.of(VectorKind.NAMES)));
		assertThat(indexed).containsKey(filed);
	}

	@Test
	void aScenarioPublishedDuringTheStartUpCatchUpIsEmbeddedBeforeTheCatchUpEnds() {
		// as on a first start on an existing catalogue: no scenario has its vectors
		this.jdbc.update("delete from scenario_embedding");
		assertThat(scenarioCount()).isGreaterThan(2L * EmbeddingWorker.BATCH);
		this.worker.start();
		long id = this.scenarios.published("呼叫中心空调故障坐席中暑", "盛夏午后机房空调停机，坐席区温度超过三十五度，两名坐席中暑离席，接通率骤降。", "临时调配移动空调并轮换休息",
				"接通率恢复");

		await(() -> hash(id, "content") != null && hash(id, "names") != null);
		EmbeddingsCaughtUp.await(this.worker, this.index, this::scenarioCount);
		// handed over after its commit, it was served ahead of the catch-up's remaining
		// batches, not after them
		Integer embeddedAfterIt = this.jdbc.queryForObject("""
				select count(*) from scenario_embedding where scenario_id <> ?
				and computed_at > (select max(computed_at) from scenario_embedding where scenario_id = ?)
				""", Integer.class, id, id);
		assertThat(embeddedAfterIt).isGreaterThan(0);
	}

	@Test
	void aParaphraseWithoutASharedWordFindsItsScenarioOnTheFirstPageWithAnUnmarkedSnippet() {
		SearchResults keyword = this.search.search(SearchQuery.of(PARAPHRASE, 0, 10), Ranking.KEYWORD);
		SearchResults hybrid = this.search.search(SearchQuery.of(PARAPHRASE, 0, 10));

		assertThat(refs(keyword)).doesNotContain("demo-003");
		assertThat(refs(hybrid)).contains("demo-003");
		SearchHit hit = hybrid.hits().get(refs(hybrid).indexOf("demo-003"));
		assertThat(hit.snippetHtml()).isNotBlank().doesNotContain("<mark>");
		assertThat(hit.titleHtml()).doesNotContain("<mark>");
		assertThat(hybrid.total()).isGreaterThanOrEqualTo(hybrid.hits().size());
	}

	@Test
	void theJsonApiFindsTheParaphrasedScenarioOnTheFirstPage() throws Exception {
		long id = this.jdbc.queryForObject("select id from scenario where external_ref = 'demo-003'", Long.class);
		this.mvc.perform(get("/api/search").param("q", PARAPHRASE).with(this.users.as("reader")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[*].id", hasItem((int) id)))
			.andExpect(jsonPath("$.hits[?(@.id == " + id + ")].snippet", everyItem(not(containsString("<mark>")))));
	}

	@Test
	void theSearchPageFindsTheParaphrasedScenarioOnTheFirstPage() throws Exception {
		String title = this.jdbc.queryForObject("select title from scenario where external_ref = 'demo-003'",
				String.class);
		// no word in common with the scenario but 骂
		this.mvc.perform(get("/search").param("q", "顾客破口大骂非要马上把钱还他").with(this.users.as("reader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(HtmlUtils.htmlEscape(title))));
	}

	@Test
	void keywordHitsKeepTheirHighlightsInTheFusedList() {
		SearchResults keyword = this.search.search(SearchQuery.of("缺货 投诉", 0, 10), Ranking.KEYWORD);
		SearchResults hybrid = this.search.search(SearchQuery.of("缺货 投诉", 0, 10));
		assertThat(refs(hybrid)).first().isEqualTo("demo-001");
		assertThat(hybrid.hits().get(0).snippetHtml()).contains("<mark>");
		for (SearchHit hit : keyword.hits()) {
			hybrid.hits()
				.stream()
				.filter(fused -> fused.id() == hit.id())
				.forEach(fused -> assertThat(fused.titleHtml() + fused.snippetHtml())
					.isEqualTo(hit.titleHtml() + hit.snippetHtml()));
		}
	}

	@Test
	void facetsAndPagingWorkOnTheFusedList() {
		SearchResults all = this.search.search(SearchQuery.of(PARAPHRASE, 0, 100));
		SearchResults first = this.search.search(SearchQuery.of(PARAPHRASE, 0, 2));
		SearchResults second = this.search.search(SearchQuery.of(PARAPHRASE, 1, 2));
		assertThat(first.total()).isEqualTo(all.total());
		assertThat(refs(first)).containsExactlyElementsOf(refs(all).subList(0, 2));
		assertThat(refs(second)).containsExactlyElementsOf(refs(all).subList(2, 4));
		assertThat(all.hits()).hasSize((int) all.total());
	}

	@Test
	void whileWritingAParaphraseWithoutASharedWordFindsItsScenario() {
		List<SimilarScenario> similar = this.similar.similarTo("智能客服找不到真人", "客户在聊天窗口里一直喊要找真人，机器人只会重复回答", null, 5);
		assertThat(similar).extracting(SimilarScenario::id).first().isEqualTo(demo028());
	}

	@Test
	void whileWritingATextOnAnotherSubjectStillFindsNothing() {
		assertThat(this.similar.similarTo("公司年会节目报名", "年会定在十二月中旬，各部门请在周五前报名表演节目", null, 5)).isEmpty();
		assertThat(this.similar.similarTo("Office party sign-up", "Teams sign up for the December party by Friday",
				null, 5))
			.isEmpty();
		assertThat(this.similar.similarTo("停车场改造", "下周一起地下停车场施工，请大家改停地面", null, 5)).isEmpty();
	}

	@Test
	void theSimilarApiFindsTheParaphrasedScenario() throws Exception {
		this.mvc
			.perform(post("/api/scenarios/similar").with(httpBasic("manager", "demo"))
				.contentType("application/json")
				.content("{\"title\": \"智能客服找不到真人\", \"situation\": \"客户在聊天窗口里一直喊要找真人，机器人只会重复回答\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[0].id").value(demo028()));
	}

	private long demo028() {
		return this.jdbc.queryForObject("select id from scenario where external_ref = 'demo-028'", Long.class);
	}

	private Map<Long, Float> nearestTo(String text) {
		return this.semantic.nearest(text, 3, f -> f.matchAll().toPredicate());
	}

	@Autowired
	SemanticSearch semantic;

	private String hash(long id) {
		return hash(id, "content");
	}

	private String hash(long id, String kind) {
		List<String> hashes = this.jdbc.queryForList(
				"select text_hash from scenario_embedding where scenario_id = ? and kind = ?", String.class, id, kind);
		return hashes.isEmpty() ? null : hashes.get(0);
	}

	private List<String> refs(SearchResults results) {
		return results.hits()
			.stream()
			.map(hit -> this.jdbc.queryForObject("select external_ref from scenario where id = ?", String.class,
					hit.id()))
			.toList();
	}

	private long scenarioCount() {
		return this.jdbc.queryForObject("select count(*) from scenario", Long.class);
	}

	private static void await(BooleanSupplier condition) {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited two minutes for the embeddings").isLessThan(deadline);
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
