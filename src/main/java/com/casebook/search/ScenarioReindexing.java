package com.casebook.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import com.casebook.scenario.Scenario;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the documents of chosen scenarios again from the database, in batches through
 * the indexing plan (which replaces documents, unlike a mass indexer without purge), and
 * removes the documents of those no longer in the database. Returns once Lucene has
 * committed them.
 */
@Component
class ScenarioReindexing {

	private static final int BATCH = 200;

	/** Rewrites of documents whose scenarios keep being saved while they are written. */
	private static final int MAX_ATTEMPTS = 3;

	private volatile Runnable afterLoading = () -> {
	};

	private final EntityManager entityManager;

	private final EntityManagerFactory entityManagerFactory;

	private final TransactionTemplate ownTransaction;

	ScenarioReindexing(EntityManager entityManager, EntityManagerFactory entityManagerFactory,
			PlatformTransactionManager transactionManager) {
		this.entityManager = entityManager;
		this.entityManagerFactory = entityManagerFactory;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		// also called after another transaction's commit, whose resources are still bound
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Returns how many documents were removed because their scenario is gone. */
	int reindex(Collection<Long> scenarioIds) {
		List<Long> ids = new ArrayList<>(new TreeSet<>(scenarioIds));
		int removed = 0;
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Long> batch = ids.subList(from, Math.min(from + BATCH, ids.size()));
			removed += this.ownTransaction.execute(status -> reindexBatch(batch));
		}
		if (!ids.isEmpty()) {
			Search.mapping(this.entityManagerFactory).scope(Scenario.class).workspace().flush();
		}
		return removed;
	}

	private int reindexBatch(List<Long> batch) {
		int removed = 0;
		List<Long> wanted = batch;
		for (int attempt = 0; attempt < MAX_ATTEMPTS && !wanted.isEmpty(); attempt++) {
			Map<Long, Long> written = new HashMap<>();
			removed += writeDocuments(wanted, written);
			wanted = savedSince(written);
		}
		return removed;
	}

	/**
	 * Returns how many documents were removed; fills in the versions whose documents it
	 * wrote.
	 */
	private int writeDocuments(List<Long> batch, Map<Long, Long> written) {
		List<Scenario> found = this.entityManager
			.createQuery("select e from Scenario e where e.id in (:ids)", Scenario.class)
			.setParameter("ids", batch)
			.getResultList();
		this.afterLoading.run();
		SearchIndexingPlan plan = Search.session(this.entityManager).indexingPlan();
		Set<Long> gone = new HashSet<>(batch);
		for (Scenario scenario : found) {
			plan.addOrUpdate(scenario);
			gone.remove(scenario.getId());
			written.put(scenario.getId(), scenario.getVersion());
		}
		gone.forEach(id -> plan.purge(Scenario.class, id, null));
		plan.execute();
		this.entityManager.clear();
		return gone.size();
	}

	/**
	 * The scenarios saved by someone else between loading them and writing their
	 * documents: that save may have indexed its newer text before this write replaced it
	 * with the older one, so they are written again. A save committed after this check
	 * indexes itself after this write, so it cannot be overwritten.
	 */
	private List<Long> savedSince(Map<Long, Long> written) {
		if (written.isEmpty()) {
			return List.of();
		}
		List<Long> changed = new ArrayList<>();
		this.entityManager.createQuery("select e.id, e.version from Scenario e where e.id in (:ids)", Object[].class)
			.setParameter("ids", written.keySet())
			.getResultList()
			.forEach(row -> {
				if (!row[1].equals(written.get((Long) row[0]))) {
					changed.add((Long) row[0]);
				}
			});
		return changed;
	}

	/**
	 * Lets a test save a scenario between the loading and the writing of its document.
	 */
	void afterLoading(Runnable hook) {
		this.afterLoading = hook;
	}

}
