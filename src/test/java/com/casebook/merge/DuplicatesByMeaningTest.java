package com.casebook.merge;

import java.time.Duration;
import java.util.List;

import com.casebook.CasebookIntegrationTest;
import com.casebook.scenario.TestScenarios;
import com.casebook.search.SimilarScenario;
import com.casebook.search.semantic.EmbeddingWorker;
import com.casebook.search.semantic.EmbeddingsCaughtUp;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A scenario whose new text has its vector is compared with its nearest neighbours in
 * meaning, so a duplicate told in other words reaches the editors' queue.
 */
@CasebookIntegrationTest
@TestPropertySource(properties = "casebook.semantic.enabled=true")
class DuplicatesByMeaningTest {

	@Autowired
	TestScenarios scenarios;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EmbeddingWorker worker;

	@Autowired
	DuplicateScanning scanning;

	@Test
	void twoScenariosTellingTheSameStoryInOtherWordsLandInTheQueueAndAnUnrelatedOneDoesNot() {
		long told = this.scenarios.published("退款迟迟不到账，客户反复来电催问", "客户申请退款后过了七个工作日仍没有收到钱，每天打电话追问进度，坐席只能回答还在处理。",
				"核实退款单号并告知预计到账日", "催问来电减少");
		long retold = this.scenarios.published("钱退了一周还没回到账户，用户天天打热线", "用户说退货早已寄回，可一个星期过去款项依然没有返还，于是每日致电客服询问，客服只会说正在审核。",
				"查询退款流水，给出明确到账时间", "重复致电下降");
		long unrelated = this.scenarios.published("园区食堂周五停业，午餐改为订餐", "本周五园区食堂设备检修停业一天，员工午餐需要提前在系统里订餐，前台请提醒各组。",
				"前一天群发通知", "无人错过午餐");

		// the worker may still be embedding the catalogue other test classes wrote
		EmbeddingsCaughtUp.await(this.worker,
				() -> this.jdbc.sql("select count(*) from scenario").query(Long.class).single());
		await().atMost(Duration.ofMinutes(2)).until(this.scanning::idle);
		assertThat(cosine(told, retold)).isGreaterThanOrEqualTo(DuplicateQueue.SAME_MEANING);
		// found by their meaning: too few rare words in common for More Like This
		assertThat(score(told, retold)).isNull();
		assertThat(pairsWith(unrelated)).isZero();
	}

	@Test
	void aNeighbourThatDoesNotStandOutFromTheNextIsNotProposed() {
		// the English scenarios of the demo catalogue follow each other this closely
		List<SimilarScenario> english = List.of(new SimilarScenario(1, "a", 0.863f),
				new SimilarScenario(2, "b", 0.827f), new SimilarScenario(3, "c", 0.811f));
		List<SimilarScenario> duplicate = List.of(new SimilarScenario(4, "d", 0.884f));

		assertThat(DuplicateQueue.sameMeaning(english, 6)).isEmpty();
		assertThat(DuplicateQueue.sameMeaning(duplicate, 6)).extracting(SimilarScenario::id).containsExactly(4L);
	}

	private Float cosine(long one, long other) {
		return column("cosine", one, other);
	}

	private Float score(long one, long other) {
		return column("score", one, other);
	}

	private Float column(String column, long one, long other) {
		return this.jdbc
			.sql("select " + column
					+ " from duplicate_candidate where scenario_a = :a and scenario_b = :b and status = 'OPEN'")
			.param("a", Math.min(one, other))
			.param("b", Math.max(one, other))
			.query(Float.class)
			.optional()
			.orElse(null);
	}

	private long pairsWith(long id) {
		return this.jdbc.sql("select count(*) from duplicate_candidate where scenario_a = :id or scenario_b = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

}
