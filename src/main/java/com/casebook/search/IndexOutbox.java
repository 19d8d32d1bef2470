package com.casebook.search;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManagerFactory;

import com.casebook.scenario.Scenario;
import com.casebook.scenario.Solution;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox that makes index changes survive a crash. Hibernate Search writes a changed
 * scenario to Lucene after the database commit, so a {@code kill -9} in between loses the
 * change. Here every transaction that inserts, updates or deletes a scenario or one of
 * its solutions also inserts the scenario's id into {@code search_outbox}, in the same
 * transaction (a Hibernate before-completion callback, after the final flush). Once the
 * transaction has committed and Hibernate Search has written and committed the documents
 * (its after-completion callback, which with the {@code write-sync} and {@code sync}
 * strategies waits for the Lucene commit), the entries are deleted in the background.
 * Whatever is left was never durably indexed and is reindexed by {@link IndexMaintenance}
 * at start-up (or by its sweep when indexing failed while running).
 * <p>
 * Hibernate Search's own outbox ({@code hibernate-search-mapper-orm-outbox-polling})
 * makes indexing asynchronous; this one keeps changes searchable as soon as the saving
 * request returns.
 */
@Component
public class IndexOutbox {

	private static final Logger log = LoggerFactory.getLogger(IndexOutbox.class);

	/**
	 * Bound to a transaction whose scenarios {@link BulkIndexing} indexes after the
	 * commit: the entries written are handed to it instead of being deleted once the
	 * transaction has committed.
	 */
	static final Object DEFERRED = new Object();

	private final JdbcTemplate jdbc;

	/**
	 * What the current transaction of each Hibernate session changed, until it completes.
	 */
	private final Map<SharedSessionContractImplementor, Set<Long>> changedInTransaction = new ConcurrentHashMap<>();

	/** Batches whose documents Lucene has committed: their entries can go. */
	private final Queue<UUID> indexed = new ConcurrentLinkedQueue<>();

	private final ExecutorService cleaner = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "search-outbox-cleaner");
		thread.setDaemon(true);
		return thread;
	});

	IndexOutbox(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		EventListenerRegistry listeners = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getEventListenerRegistry();
		ScenarioChanges changes = new ScenarioChanges();
		listeners.appendListeners(EventType.POST_INSERT, changes);
		listeners.appendListeners(EventType.POST_UPDATE, changes);
		listeners.appendListeners(EventType.POST_DELETE, changes);
		listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, changes);
		listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, changes);
		listeners.appendListeners(EventType.POST_COLLECTION_REMOVE, changes);
	}

	/**
	 * Records scenarios whose documents must be rewritten for a reason Hibernate Search
	 * cannot see (taxonomy names), in the current transaction; returns the batch to pass
	 * to {@link #indexed(UUID)} once they are reindexed.
	 */
	UUID record(Collection<Long> scenarioIds) {
		UUID batch = UUID.randomUUID();
		this.jdbc.update(connection -> insert(connection, batch, scenarioIds));
		return batch;
	}

	/**
	 * The batch's documents are committed in Lucene: its entries are deleted soon after.
	 */
	void indexed(UUID batch) {
		this.indexed.add(batch);
		this.cleaner.execute(this::deleteIndexed);
	}

	List<Entry> entries(Duration olderThan) {
		return this.jdbc.query(
				"select id, scenario_id from search_outbox where created_at <= clock_timestamp() - make_interval(secs => ?) order by id",
				(row, n) -> new Entry(row.getLong(1), row.getLong(2)), olderThan.toMillis() / 1000.0);
	}

	void delete(List<Entry> entries) {
		for (int from = 0; from < entries.size(); from += 10_000) {
			Long[] ids = entries.subList(from, Math.min(from + 10_000, entries.size()))
				.stream()
				.map(Entry::id)
				.toArray(Long[]::new);
			this.jdbc.update(connection -> {
				PreparedStatement delete = connection.prepareStatement("delete from search_outbox where id = any(?)");
				delete.setArray(1, connection.createArrayOf("bigint", ids));
				return delete;
			});
		}
	}

	/**
	 * Deletes what the cleaner has not deleted yet, so a normal shutdown leaves nothing
	 * to redo.
	 */
	@PreDestroy
	void drain() throws InterruptedException {
		this.cleaner.shutdown();
		this.cleaner.awaitTermination(10, TimeUnit.SECONDS);
	}

	private void deleteIndexed() {
		List<UUID> batches = new ArrayList<>();
		for (UUID batch = this.indexed.poll(); batch != null && batches.size() < 1_000; batch = this.indexed.poll()) {
			batches.add(batch);
		}
		if (batches.isEmpty()) {
			return;
		}
		try {
			this.jdbc.update(connection -> {
				PreparedStatement delete = connection
					.prepareStatement("delete from search_outbox where batch_id = any(?)");
				delete.setArray(1, connection.createArrayOf("uuid", batches.toArray()));
				return delete;
			});
		}
		catch (RuntimeException ex) {
			// harmless: the entries are reindexed once more at the next start
			log.warn("Could not clear {} indexed batches from the search outbox", batches.size(), ex);
		}
	}

	private static PreparedStatement insert(Connection connection, UUID batch, Collection<Long> scenarioIds)
			throws SQLException {
		PreparedStatement insert = connection
			.prepareStatement("insert into search_outbox (batch_id, scenario_id) select ?, unnest(?)");
		insert.setObject(1, batch);
		Array ids = connection.createArrayOf("bigint", scenarioIds.toArray());
		insert.setArray(2, ids);
		return insert;
	}

	private void changed(SharedSessionContractImplementor session, Long scenarioId) {
		if (scenarioId == null) {
			return;
		}
		this.changedInTransaction.computeIfAbsent(session, this::watch).add(scenarioId);
	}

	private Set<Long> watch(SharedSessionContractImplementor session) {
		Set<Long> ids = new LinkedHashSet<>();
		session.getTransactionCompletionCallbacks()
			.registerCallback((BeforeCompletionCallback) completing -> write(completing, ids));
		session.getTransactionCompletionCallbacks()
			.registerCallback(
					(AfterCompletionCallback) (success, completed) -> this.changedInTransaction.remove(session));
		return ids;
	}

	/**
	 * Runs after the transaction's last flush, before the commit, on the transaction's
	 * connection. Spring's after-commit callbacks run only once Hibernate's commit
	 * (Hibernate Search's indexing included) has returned without error, so the batch is
	 * marked indexed there.
	 */
	private void write(SharedSessionContractImplementor session, Set<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		UUID batch = UUID.randomUUID();
		session.doWork(connection -> {
			try (PreparedStatement insert = insert(connection, batch, ids)) {
				insert.executeUpdate();
			}
		});
		if (TransactionSynchronizationManager.getResource(DEFERRED) instanceof Deferral deferral) {
			deferral.written(new Written(batch, List.copyOf(ids)));
		}
		else if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					indexed(batch);
				}
			});
		}
	}

	record Entry(long id, long scenarioId) {
	}

	/** Outbox entries written for scenarios that are indexed after the commit. */
	record Written(UUID batch, List<Long> scenarioIds) {
	}

	/** Takes the entries of a transaction whose indexing is deferred. */
	interface Deferral {

		void written(Written written);

	}

	/** Which scenario's document a Hibernate event touches, if any. */
	private final class ScenarioChanges
			implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
			PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

		@Override
		public void onPostInsert(PostInsertEvent event) {
			changed(event.getSession(), scenarioId(event.getEntity()));
		}

		@Override
		public void onPostUpdate(PostUpdateEvent event) {
			changed(event.getSession(), scenarioId(event.getEntity()));
		}

		@Override
		public void onPostDelete(PostDeleteEvent event) {
			changed(event.getSession(), scenarioId(event.getEntity()));
		}

		@Override
		public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
			collectionChanged(event);
		}

		@Override
		public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
			collectionChanged(event);
		}

		@Override
		public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
			collectionChanged(event);
		}

		@Override
		public boolean requiresPostCommitHandling(EntityPersister persister) {
			return false;
		}

		private void collectionChanged(AbstractCollectionEvent event) {
			changed(event.getSession(), scenarioId(event.getAffectedOwnerOrNull()));
		}

		private static Long scenarioId(Object entity) {
			if (entity instanceof Scenario scenario) {
				return scenario.getId();
			}
			if (entity instanceof Solution solution && solution.getScenario() != null) {
				return solution.getScenario().getId();
			}
			return null;
		}

	}

}
