package com.casebook.search;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import com.casebook.scenario.Scenario;

import org.hibernate.jpa.HibernateHints;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Compares the index with the database by id and by the versions each document was built
 * from (see {@link IndexedVersionsBinder}): one JPQL query over ids and versions, and one
 * projection over the index that reads no document text.
 */
@Component
class IndexConsistency {

	private static final int CHUNK = 10_000;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	IndexConsistency(EntityManager entityManager, TransactionTemplate transactions) {
		this.entityManager = entityManager;
		this.transactions = transactions;
	}

	IndexDrift check() {
		long started = System.nanoTime();
		Map<Long, String> database = this.transactions.execute(status -> databaseVersions());
		Map<Long, String> index = this.transactions.execute(status -> indexVersions());
		Set<Long> stale = new TreeSet<>();
		database.forEach((id, versions) -> {
			if (!versions.equals(index.get(id))) {
				stale.add(id);
			}
		});
		Set<Long> orphans = new TreeSet<>(index.keySet());
		orphans.removeAll(database.keySet());
		return new IndexDrift(database.size(), stale, orphans, (System.nanoTime() - started) / 1_000_000);
	}

	static String versions(long version, String solutionVersions) {
		return version + "|" + (solutionVersions == null ? "" : solutionVersions);
	}

	private Map<Long, String> databaseVersions() {
		Map<Long, String> versions = new HashMap<>();
		try (Stream<Object[]> rows = this.entityManager
			.createQuery("select s.id, s.version, o.id, o.version from Scenario s left join s.solutions o "
					+ "order by s.id, o.id", Object[].class)
			.setHint(HibernateHints.HINT_FETCH_SIZE, CHUNK)
			.setHint(HibernateHints.HINT_READ_ONLY, true)
			.getResultStream()) {
			Long current = null;
			long version = 0;
			StringBuilder solutions = new StringBuilder();
			for (Object[] row : (Iterable<Object[]>) rows::iterator) {
				Long id = (Long) row[0];
				if (!id.equals(current)) {
					if (current != null) {
						versions.put(current, versions(version, solutions.toString()));
					}
					current = id;
					version = (Long) row[1];
					solutions.setLength(0);
				}
				if (row[2] != null) {
					if (!solutions.isEmpty()) {
						solutions.append(',');
					}
					solutions.append(row[2]).append(':').append(row[3]);
				}
			}
			if (current != null) {
				versions.put(current, versions(version, solutions.toString()));
			}
		}
		return versions;
	}

	private Map<Long, String> indexVersions() {
		Map<Long, String> versions = new HashMap<>();
		try (SearchScroll<Map.Entry<Long, String>> scroll = Search.session(this.entityManager)
			.search(Scenario.class)
			.select(f -> f.composite()
				.from(f.id(Long.class), f.field(IndexedVersionsBinder.VERSION, Long.class),
						f.field(IndexedVersionsBinder.SOLUTION_VERSIONS, String.class))
				.as((id, version, solutions) -> Map.entry(id, versions(version == null ? -1 : version, solutions))))
			.where(f -> f.matchAll())
			.scroll(CHUNK)) {
			for (SearchScrollResult<Map.Entry<Long, String>> chunk = scroll.next(); chunk
				.hasHits(); chunk = scroll.next()) {
				chunk.hits().forEach(hit -> versions.put(hit.getKey(), hit.getValue()));
			}
		}
		return versions;
	}

}
