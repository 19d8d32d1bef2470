package com.casebook.search.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.casebook.TestUsers;
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
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Indexing coordinated through the database ({@code casebook.search.coordination=
 * outbox-polling}): node A is stopped (its context closed) while scenarios are still
 * being published through it; every publication that committed is written to the outbox
 * in its own transaction, so node B indexes what A left, and every one of them is found
 * on B.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NodeStoppedMidImportClusterIT {

	static final Duration PROCESSED_WITHIN = Duration.ofSeconds(60);

	static final String OUTBOX = "casebook.search.coordination=outbox-polling";

	private ConfigurableApplicationContext nodeA;

	private ConfigurableApplicationContext nodeB;

	@BeforeAll
	void startTwoNodes() {
		this.nodeA = CasebookNodes.start("a", OUTBOX,
				"spring.jpa.properties.hibernate.search.coordination.event_processor.enabled=false");
		this.nodeB = CasebookNodes.start("b", OUTBOX);
	}

	@AfterAll
	void stopNodes() {
		CasebookNodes.stop(this.nodeB);
		CasebookNodes.stop(this.nodeA);
	}

	@Test
	void whatNodeACommittedBeforeItStoppedIsIndexedByNodeB() throws Exception {
		TestUsers users = this.nodeA.getBean(TestUsers.class);
		CurrentUser manager = users.manager();
		CurrentUser editor = users.editor();
		ScenarioDrafting drafting = this.nodeA.getBean(ScenarioDrafting.class);
		ScenarioReview review = this.nodeA.getBean(ScenarioReview.class);
		String word = CasebookNodes.unique("南极光导入");
		List<Long> committed = new CopyOnWriteArrayList<>();
		Thread importer = new Thread(() -> {
			for (int i = 0; i < 200; i++) {
				try {
					long id = drafting.createDraft(manager,
							ScenarioContent.builder()
								.title(word + " 第" + i + "条")
								.situation(word + "由节点 A 导入，第 " + i + " 条")
								.categoryId(1L)
								.build(),
							SolutionContent.of("1. 行动", "效果"));
					drafting.submit(id, manager);
					review.publish(id, editor);
					committed.add(id);
				}
				catch (RuntimeException ex) {
					// node A is stopping: what did not commit is not expected anywhere
					return;
				}
			}
		}, "import-on-node-a");
		importer.start();
		while (committed.size() < 5) {
			Thread.sleep(10);
		}
		CasebookNodes.stop(this.nodeA);
		importer.join();
		assertThat(committed).as("publications committed before node A stopped").hasSizeBetween(5, 199);
		Long pending = this.nodeB.getBean(JdbcTemplate.class)
			.queryForObject("select count(*) from hsearch_outbox_event", Long.class);
		System.out.println("Node A stopped after committing " + committed.size() + " publications; " + pending
				+ " outbox events left for node B");

		ScenarioSearch searchOnB = this.nodeB.getBean(ScenarioSearch.class);
		Set<Long> expected = Set.copyOf(committed);
		long stopped = System.nanoTime();
		Set<Long> found = Set.of();
		while (System.nanoTime() - stopped < PROCESSED_WITHIN.toNanos()) {
			found = searchOnB.search(word, 0, 500)
				.hits()
				.stream()
				.map(SearchHit::id)
				.filter(expected::contains)
				.collect(Collectors.toSet());
			if (found.size() == expected.size()) {
				break;
			}
			Thread.sleep(200);
		}
		System.out.println(
				"Node B found all " + expected.size() + " after " + (System.nanoTime() - stopped) / 1_000_000 + " ms");
		assertThat(found).as("scenarios node A published, found on node B")
			.containsExactlyInAnyOrderElementsOf(expected);
	}

}
