package com.casebook.search;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;

import com.casebook.scenario.Scenario;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Indexing for writes in bulk (imports). A transaction of a {@link Run} builds no
 * scenario document while it stores: once it has committed, its scenarios are indexed
 * together (loaded again in batches, one Lucene commit) on the bulk indexer's thread,
 * while the caller goes on with its next transaction on the other core.
 * {@link Run#close()} returns once everything the run committed is searchable. The
 * scenarios' ids are in the {@link IndexOutbox} in the same transaction as their rows,
 * and leave it only once indexed, so a crash in between leaves them for the next start.
 */
@Component
public class BulkIndexing {

	private static final Logger log = LoggerFactory.getLogger(BulkIndexing.class);

	private final EntityManager entityManager;

	private final ScenarioReindexing reindexing;

	private final IndexOutbox outbox;

	// one thread: batches are indexed in the order they committed, so a scenario that
	// two batches wrote ends up with the later one's document
	private final ExecutorService indexer = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "search-bulk-indexing");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * With outbox-polling coordination every change already goes through Hibernate
	 * Search's outbox and is indexed in batches by whichever node polls it: nothing to
	 * defer (and a session may not filter out only some types there).
	 */
	private final boolean outboxPolling;

	BulkIndexing(EntityManager entityManager, ScenarioReindexing reindexing, IndexOutbox outbox,
			@Value("${casebook.search.coordination:none}") String coordination) {
		this.outboxPolling = SearchBackendSettings.OUTBOX_POLLING.equalsIgnoreCase(coordination.strip());
		this.entityManager = entityManager;
		this.reindexing = reindexing;
		this.outbox = outbox;
	}

	/**
	 * Bulk writes under way: work that would compete with them for the cores can wait.
	 */
	private final AtomicInteger running = new AtomicInteger();

	public Run start() {
		this.running.incrementAndGet();
		return new Run();
	}

	/** Whether a bulk write (an import) is under way. */
	public boolean writing() {
		return this.running.get() > 0;
	}

	@PreDestroy
	void stop() {
		// what is still queued stays in the outbox and is indexed at the next start
		this.indexer.shutdownNow();
	}

	private void index(IndexOutbox.Written written) {
		long started = System.nanoTime();
		this.reindexing.reindex(written.scenarioIds());
		this.outbox.indexed(written.batch());
		log.debug("Indexed {} scenarios of a bulk write in {} ms", written.scenarioIds().size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	/** The transactions of one bulk write. */
	public final class Run implements AutoCloseable {

		private final List<Future<?>> pending = new ArrayList<>();

		private Run() {
		}

		/**
		 * Called inside a transaction: its scenarios are indexed after it commits instead
		 * of while it stores them.
		 */
		public void deferToCommit() {
			if (BulkIndexing.this.outboxPolling
					|| TransactionSynchronizationManager.hasResource(IndexOutbox.DEFERRED)) {
				return;
			}
			Search.session(BulkIndexing.this.entityManager)
				.indexingPlanFilter(context -> context.exclude(Scenario.class));
			List<IndexOutbox.Written> written = new ArrayList<>(1);
			TransactionSynchronizationManager.bindResource(IndexOutbox.DEFERRED, (IndexOutbox.Deferral) written::add);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					written.forEach(w -> Run.this.pending.add(BulkIndexing.this.indexer.submit(() -> index(w))));
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(IndexOutbox.DEFERRED);
				}
			});
		}

		/**
		 * Waits until every scenario this run's committed transactions wrote is in the
		 * index, and ends the run.
		 */
		@Override
		public void close() {
			try {
				for (Future<?> future : this.pending) {
					future.get();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (ExecutionException ex) {
				// the entries stay in the outbox, whose sweep tries again
				log.warn("Indexing scenarios written in bulk failed", ex.getCause());
			}
			finally {
				this.pending.clear();
				BulkIndexing.this.running.decrementAndGet();
			}
		}

	}

}
