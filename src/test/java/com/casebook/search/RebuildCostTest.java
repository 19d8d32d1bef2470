package com.casebook.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;

import com.casebook.CasebookIntegrationTest;
import com.casebook.SqlStatements;
import com.casebook.scenario.MeasurementChecks;
import com.casebook.scenario.Scenario;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full rebuild reads what the documents need batch by batch: the number of statements
 * does not grow with the number of scenarios (no query per scenario for its vectors, its
 * measured effects, its solutions or its tags), and the documents hold what indexing one
 * scenario at a time would write.
 */
@CasebookIntegrationTest
class RebuildCostTest {

	private static final int ADDED = 200;

	@Autowired
	IndexMaintenance maintenance;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeasurementChecks checks;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aRebuildRunsNoQueryPerScenarioAndWritesWhatIndexingOneByOneWould() throws Exception {
		long first = addScenarios();
		try {
			long scenarios = this.jdbc.queryForObject("select count(*) from scenario", Long.class);

			List<String> statements = SqlStatements.runDuringOnAnyThread(this.maintenance::rebuild);

			Map<String, Integer> byText = new TreeMap<>();
			statements.forEach(sql -> byText.merge(sql, 1, Integer::sum));
			System.out.printf("rebuild of %d scenarios: %d statements%n", scenarios, statements.size());
			// with a query per scenario back (one for its vectors, one for its measured
			// effects) this would be above two per scenario
			assertThat(statements.size()).as("statements to rebuild %d scenarios: %s", scenarios, byText)
				.isLessThan((int) (scenarios / 2));
			Map<Long, Set<Long>> expected = new HashMap<>();
			for (long id : this.jdbc.queryForList("select id from scenario", Long.class)) {
				expected.put(id, this.checks.improvedKpis(id));
			}
			assertThat(expected.values()).anyMatch(kpis -> !kpis.isEmpty());
			assertThat(indexedImprovements()).isEqualTo(expected);
		}
		finally {
			removeScenarios(first);
		}
	}

	private Map<Long, Set<Long>> indexedImprovements() {
		return this.transactions.execute(status -> {
			Map<Long, Set<Long>> indexed = new HashMap<>();
			Search.session(this.entityManager)
				.search(Scenario.class)
				.select(f -> f.composite(f.id(Long.class), f.field(SearchFacet.IMPROVES.field(), Long.class).list()))
				.where(f -> f.matchAll())
				.fetchAllHits()
				.forEach(row -> indexed.put((Long) row.get(0), new TreeSet<>((List<Long>) row.get(1))));
			return indexed;
		});
	}

	/**
	 * Stores scenarios with SQL (nothing indexed), each with two solutions, the tags and
	 * KPIs of a demo scenario; returns the first id.
	 */
	private long addScenarios() {
		long author = this.jdbc.queryForObject("select min(id) from user_account", Long.class);
		// ids past every block the sequence handed out (pooled-lo: Hibernate may still
		// hold
		// unused ids below this value), and the sequence moved past them afterwards
		long first = this.jdbc.queryForObject("select nextval('scenario_id_seq')", Long.class);
		this.jdbc.update("""
				insert into scenario (id, title, situation, status, author_id, created_at, updated_at, revision_number)
				select ? + n, '重建成本 ' || n, '坐席排班与来电预测 ' || n, 'PUBLISHED', ?, now(), now(), 1
				from generate_series(0, ? - 1) n
				""", first, author, ADDED);
		this.jdbc.update(
				"""
						insert into solution (scenario_id, actions, effect, author_id, adopted, position, created_at, updated_at,
						  revision_number)
						select s.id, '调整排班 ' || p, '接通率回升 ' || p, ?, false, p, now(), now(), 1
						from scenario s cross join generate_series(1, 2) p where s.id >= ?
						""",
				author, first);
		this.jdbc.update(
				"""
						insert into scenario_tag (scenario_id, tag_id)
						select s.id, t.tag_id from scenario s
						cross join (select tag_id from scenario_tag where scenario_id = (select min(scenario_id) from scenario_tag)) t
						where s.id >= ?
						""",
				first);
		this.jdbc.update(
				"""
						insert into scenario_kpi (scenario_id, kpi_id)
						select s.id, k.kpi_id from scenario s
						cross join (select kpi_id from scenario_kpi where scenario_id = (select min(scenario_id) from scenario_kpi)) k
						where s.id >= ?
						""",
				first);
		this.jdbc.execute("select setval('scenario_id_seq', (select max(id) from scenario))");
		return first;
	}

	private void removeScenarios(long first) {
		this.jdbc.update("delete from scenario_tag where scenario_id >= ?", first);
		this.jdbc.update("delete from scenario_kpi where scenario_id >= ?", first);
		this.jdbc.update("delete from solution where scenario_id >= ?", first);
		this.jdbc.update("delete from scenario where id >= ?", first);
		// their documents go with the comparison of the index with the database
		this.maintenance.repair();
	}

}
