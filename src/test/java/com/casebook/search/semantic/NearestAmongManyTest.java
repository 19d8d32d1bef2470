package com.casebook.search.semantic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.casebook.CasebookIntegrationTest;
import com.casebook.search.IndexMaintenance;
import com.casebook.search.SimilarScenario;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nearest scenarios in meaning are the nearest, not only nearby ones: Lucene's vector
 * graph is searched approximately, and a search as wide as the few links a page shows
 * misses true neighbours once the catalogue holds thousands of close vectors.
 */
@CasebookIntegrationTest
@TestPropertySource(properties = "casebook.semantic.enabled=true")
class NearestAmongManyTest {

	private static final int ADDED = 3000;

	private static final int ASKED = 40;

	private static final int K = 5;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EmbeddingWorker worker;

	@Autowired
	IndexMaintenance maintenance;

	@Autowired
	SemanticSearch semantic;

	@Autowired
	EmbeddingStore store;

	@Test
	void theFiveNearestAreFoundAmongThousandsOfCloseVectors() {
		EmbeddingsCaughtUp.await(this.worker, this.maintenance,
				() -> this.jdbc.queryForObject("select count(*) from scenario", Long.class));
		List<Long> real = this.jdbc.queryForList(
				"select distinct scenario_id from scenario_embedding where kind = 'content' order by scenario_id",
				Long.class);
		long first = addScenarios();
		try {
			List<Long> added = this.jdbc.queryForList("select id from scenario where id >= ? order by id", Long.class,
					first);
			BenchmarkVectors.storeDerived(this.context, real, added, 7);
			this.maintenance.repair();
			Map<Long, float[]> vectors = new HashMap<>();
			added.forEach(id -> vectors.put(id, this.store.stored(id).get(VectorKind.CONTENT).vector()));

			int found = 0;
			List<String> missed = new ArrayList<>();
			for (int i = 0; i < ASKED; i++) {
				long asked = added.get(i * (ADDED / ASKED));
				Set<Long> exact = exactNearest(asked, vectors);
				Set<Long> answered = this.semantic
					.nearestTo(asked, K, -1f, f -> f.id().matchingAny(added).toPredicate())
					.orElseThrow()
					.stream()
					.map(SimilarScenario::id)
					.collect(Collectors.toSet());
				answered.retainAll(exact);
				found += answered.size();
				if (answered.size() < K) {
					missed.add(asked + ": " + answered.size() + " of " + K);
				}
			}
			assertThat(found).as("true neighbours found of %d, missed: %s", ASKED * K, missed)
				.isGreaterThanOrEqualTo(ASKED * K * 99 / 100);
		}
		finally {
			removeScenarios(first);
		}
	}

	private static Set<Long> exactNearest(long asked, Map<Long, float[]> vectors) {
		float[] vector = vectors.get(asked);
		return vectors.entrySet()
			.stream()
			.filter(entry -> entry.getKey() != asked)
			.sorted(Comparator.comparingDouble(entry -> -dot(vector, entry.getValue())))
			.limit(K)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	private static double dot(float[] a, float[] b) {
		double sum = 0;
		for (int d = 0; d < a.length; d++) {
			sum += a[d] * b[d];
		}
		return sum;
	}

	/** Published scenarios stored with SQL, nothing indexed; returns the first id. */
	private long addScenarios() {
		long author = this.jdbc.queryForObject("select min(id) from user_account", Long.class);
		// past every block of ids the sequence handed out (pooled-lo)
		long first = this.jdbc.queryForObject("select nextval('scenario_id_seq')", Long.class) + 100;
		this.jdbc.update("""
				insert into scenario (id, title, situation, status, author_id, created_at, updated_at, revision_number)
				select ? + n, '近邻 ' || n, '坐席排班与来电预测 ' || n, 'PUBLISHED', ?, now(), now(), 1
				from generate_series(0, ? - 1) n
				""", first, author, ADDED);
		this.jdbc.execute("select setval('scenario_id_seq', (select max(id) from scenario) + 100)");
		return first;
	}

	private void removeScenarios(long first) {
		this.jdbc.update("delete from scenario where id >= ?", first);
		this.maintenance.repair();
	}

}
