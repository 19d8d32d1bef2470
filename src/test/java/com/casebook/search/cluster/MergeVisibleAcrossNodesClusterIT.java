package com.casebook.search.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.casebook.TestUsers;
import com.casebook.merge.Merges;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.ScenarioDrafting;
import com.casebook.scenario.ScenarioReview;
import com.casebook.scenario.SolutionContent;
import com.casebook.search.ScenarioSearch;
import com.casebook.search.SearchHit;
import com.casebook.user.CurrentUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Casebook nodes sharing their indexing through the outbox
 * ({@code casebook.search.coordination=outbox-polling}), on one PostgreSQL and one
 * OpenSearch cluster: an editor merges one scenario into another through node B (the
 * merge service itself), and within {@link #VISIBLE_WITHIN} node A's search finds the
 * merged target (by the merged description) and no longer finds the merged-away source
 * (the time measured is printed, and reported in docs/scale-out.md).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MergeVisibleAcrossNodesClusterIT {

	static final Duration VISIBLE_WITHIN = Duration.ofSeconds(15);

	static final String OUTBOX = "casebook.search.coordination=outbox-polling";

	private ConfigurableApplicationContext nodeA;

	private ConfigurableApplicationContext nodeB;

	@BeforeAll
	void startTwoNodes() {
		this.nodeA = CasebookNodes.start("a", OUTBOX);
		this.nodeB = CasebookNodes.start("b", OUTBOX);
	}

	@AfterAll
	void stopNodes() {
		CasebookNodes.stop(this.nodeB);
		CasebookNodes.stop(this.nodeA);
	}

	/**
	 * The words are unlike those of the other {@code *ClusterIT} tests, which search the
	 * same index.
	 */
	@Test
	void aMergeOnOneNodeIsVisibleInTheOtherNodesSearch() {
		TestUsers users = this.nodeB.getBean(TestUsers.class);
		CurrentUser manager = users.manager();
		CurrentUser editor = users.editor();
		String word = CasebookNodes.unique("紫檀琵琶");
		long target = publishOnB(word + " 保留方", word + "保留方的描述", manager, editor);
		long source = publishOnB(word + " 并入方", word + "并入方的描述", manager, editor);
		ScenarioSearch searchOnA = this.nodeA.getBean(ScenarioSearch.class);
		assertThat(CasebookNodes.millisUntil(() -> ids(searchOnA, word).containsAll(List.of(target, source)),
				VISIBLE_WITHIN, Duration.ofMillis(50)))
			.as("ms until node A finds both scenarios published through node B")
			.isNotNegative();

		String merged = CasebookNodes.unique("珊瑚礁新说法");
		this.nodeB.getBean(Merges.class).merge(target, source, word + "合并后的描述：" + merged, editor, Locale.CHINA);
		long visibleAfter = CasebookNodes.millisUntil(() -> {
			List<Long> found = ids(searchOnA, word);
			return found.contains(target) && !found.contains(source) && ids(searchOnA, merged).contains(target);
		}, VISIBLE_WITHIN, Duration.ofMillis(20));
		System.out.println("Merged on node B, visible in node A's search after " + visibleAfter + " ms");

		assertThat(visibleAfter).as("ms until node A's search shows the merge made on node B").isNotNegative();
		assertThat(ids(searchOnA, word)).contains(target).doesNotContain(source);
		assertThat(ids(searchOnA, merged)).contains(target);
	}

	private long publishOnB(String title, String situation, CurrentUser manager, CurrentUser editor) {
		ScenarioDrafting drafting = this.nodeB.getBean(ScenarioDrafting.class);
		long id = drafting.createDraft(manager,
				ScenarioContent.builder().title(title).situation(situation).categoryId(1L).build(),
				SolutionContent.of("1. 行动", "效果"));
		drafting.submit(id, manager);
		this.nodeB.getBean(ScenarioReview.class).publish(id, editor);
		return id;
	}

	private static List<Long> ids(ScenarioSearch search, String query) {
		return search.search(query, 0, 20).hits().stream().map(SearchHit::id).toList();
	}

}
