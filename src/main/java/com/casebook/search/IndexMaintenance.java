package com.casebook.search;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import com.casebook.database.ClusterLocks;
import com.casebook.scenario.Scenario;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the Lucene index in step with the database across restarts. At start-up it is
 * rebuilt from the database when it is empty while the database is not, or when the
 * mapping version recorded next to it differs from {@link ScenarioIndexMapping#VERSION}.
 * Otherwise it is repaired: the scenarios still in the {@link IndexOutbox} (changes a
 * crash kept from Lucene) are reindexed, then the index's ids and versions are compared
 * with the database's and whatever differs is reindexed or removed. While running, a
 * sweep reindexes outbox entries that indexing failed to clear.
 * <p>
 * Several nodes on one database take turns at start-up ({@link ClusterLocks}): the check
 * and any rebuild run on one node at a time, so nodes started together never rebuild at
 * once, and a node that follows a rebuild judges the index as it was left.
 */
@Component
public class IndexMaintenance {

	private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

	private final EntityManagerFactory entityManagerFactory;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	/**
	 * Entries younger than this may belong to a transaction whose indexing is still under
	 * way.
	 */
	private static final Duration SWEEP_AFTER = Duration.ofMinutes(2);

	private final MappingVersionRecord version;

	private final IndexOutbox outbox;

	private final IndexConsistency consistency;

	private final ScenarioReindexing reindexing;

	private final AtomicBoolean rebuilding = new AtomicBoolean();

	private final ClusterLocks locks;

	/** The cluster lock the start-up check and rebuild are done under. */
	public static final String START_LOCK = "search-index-start";

	IndexMaintenance(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
			TransactionTemplate transactions, MappingVersionRecord version, IndexOutbox outbox,
			IndexConsistency consistency, ScenarioReindexing reindexing, ClusterLocks locks) {
		this.entityManagerFactory = entityManagerFactory;
		this.entityManager = entityManager;
		this.transactions = transactions;
		this.version = version;
		this.outbox = outbox;
		this.consistency = consistency;
		this.reindexing = reindexing;
		this.locks = locks;
	}

	// first among the ready listeners: the app announces itself ready only once search
	// works
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	public void rebuildIfNeeded() {
		this.locks.exclusively(START_LOCK, this::rebuildOrRepair);
	}

	private void rebuildOrRepair() {
		String reason = reasonToRebuild();
		if (reason != null) {
			log.info("Rebuilding the search index: {}", reason);
			List<IndexOutbox.Entry> covered = this.outbox.entries(Duration.ZERO);
			rebuild();
			this.outbox.delete(covered);
		}
		else {
			repair();
		}
	}

	/**
	 * Reindexes what an interrupted run left in the outbox, then compares the whole index
	 * with the database and reindexes what still differs; returns what the comparison
	 * found.
	 */
	public IndexDrift repair() {
		replay(this.outbox.entries(Duration.ZERO), "left in the outbox by an interrupted run");
		IndexDrift drift = this.consistency.check();
		if (drift.none()) {
			log.info("Search index matches the database ({} scenarios compared in {} ms)", drift.compared(),
					drift.millis());
			return drift;
		}
		Set<Long> differing = new TreeSet<>(drift.stale());
		differing.addAll(drift.orphans());
		this.reindexing.reindex(differing);
		log.warn(
				"Search index differed from the database ({} scenarios compared in {} ms): reindexed {} missing or "
						+ "outdated {}, removed {} documents of scenarios no longer stored {}",
				drift.compared(), drift.millis(), drift.stale().size(), abbreviated(drift.stale()),
				drift.orphans().size(), abbreviated(drift.orphans()));
		return drift;
	}

	/**
	 * Outbox entries this old were not cleared after their commit: indexing failed, so
	 * try again.
	 */
	// once per cluster: the outbox is shared, and the index is too when several nodes run
	// (on OpenSearch); two nodes sweeping at once would reindex the same scenarios twice
	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT2M")
	@SchedulerLock(name = "search-outbox-sweep", lockAtLeastFor = "PT50S", lockAtMostFor = "PT30M")
	public void sweep() {
		replay(this.outbox.entries(SWEEP_AFTER), "whose indexing failed");
	}

	private void replay(List<IndexOutbox.Entry> entries, String why) {
		if (entries.isEmpty()) {
			return;
		}
		Set<Long> ids = new TreeSet<>();
		entries.forEach(entry -> ids.add(entry.scenarioId()));
		int removed = this.reindexing.reindex(ids);
		this.outbox.delete(entries);
		log.warn("Reindexed {} scenarios {} {} ({} of them no longer stored, their documents removed)", ids.size(), why,
				abbreviated(ids), removed);
	}

	private static String abbreviated(Set<Long> ids) {
		return ids.size() <= 20 ? ids.toString() : ids.stream().limit(20).toList() + "…";
	}

	/**
	 * How a full rebuild loads the scenarios: loading threads, scenarios per loading
	 * batch, and whether the data a document needs beyond the entity (vectors, measured
	 * effects) is read once per batch ({@link MassIndexingBatch}) or once per scenario.
	 */
	public record MassIndexing(int loadingThreads, int batchSize, boolean readsPerBatch) {

		/**
		 * What {@link #rebuild()} uses: chosen on two cores by {@code RebuildBenchmark}
		 * (see docs/performance.md).
		 */
		public static final MassIndexing TUNED = new MassIndexing(2, 250, true);

	}

	/**
	 * Drops the index and indexes every scenario again; returns how long it took in ms.
	 */
	public long rebuild() {
		return rebuildWith(MassIndexing.TUNED);
	}

	/** The same, loading as told (benchmarks compare settings with it). */
	public long rebuildWith(MassIndexing settings) {
		long started = System.nanoTime();
		SearchMapping mapping = Search.mapping(this.entityManagerFactory);
		this.rebuilding.set(true);
		try {
			MassIndexer indexer = mapping.scope(Scenario.class)
				.massIndexer()
				.dropAndCreateSchemaOnStart(true)
				.threadsToLoadObjects(settings.loadingThreads())
				.batchSizeToLoadObjects(settings.batchSize());
			if (settings.readsPerBatch()) {
				indexer.environment(MassIndexingBatch.environment());
			}
			indexer.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while rebuilding the search index", ex);
		}
		finally {
			this.rebuilding.set(false);
		}
		writeVersion();
		long millis = (System.nanoTime() - started) / 1_000_000;
		log.info("Search index rebuilt in {} ms", millis);
		return millis;
	}

	/**
	 * Whether a full rebuild is running: the index was emptied at its start, so until it
	 * ends searches find only what it has indexed so far, and say so.
	 */
	public boolean isRebuilding() {
		return this.rebuilding.get();
	}

	private String reasonToRebuild() {
		String recorded = readVersion();
		if (!String.valueOf(ScenarioIndexMapping.VERSION).equals(recorded)) {
			return recorded == null ? "no index yet" : "mapping changed from version " + recorded;
		}
		long indexed = this.transactions.execute(status -> {
			SearchSession session = Search.session(this.entityManager);
			return session.search(Scenario.class).where(f -> f.matchAll()).fetchTotalHitCount();
		});
		long stored = this.transactions
			.execute(status -> this.entityManager.createQuery("select count(s) from Scenario s", Long.class)
				.getSingleResult());
		return (indexed == 0 && stored > 0) ? "the index is empty" : null;
	}

	private String readVersion() {
		return this.version.read();
	}

	private void writeVersion() {
		this.version.write(String.valueOf(ScenarioIndexMapping.VERSION));
	}

}
