package com.casebook.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.casebook.user.Role;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records what people search for, normalized, with the number of results and the
 * searcher's role only. A search never waits for its entry to be written: entries queue
 * in memory and a background thread inserts them in batches (every half second, or as
 * soon as a batch is full). The id of an entry, which result links carry so that opening
 * one can be recorded, is taken ahead from a block of sequence values, so it is known
 * before the row exists; an "opened" mark queues behind the insert it belongs to. Readers
 * of the log ({@link KnowledgeGaps}) call {@link #flush()} first. A failed write is never
 * a failed search: it is logged and dropped.
 */
@Component
public class SearchLog implements DisposableBean {

	public enum Source {

		PAGE, API

	}

	private static final Logger LOG = LoggerFactory.getLogger(SearchLog.class);

	/** Ids taken from the sequence at once; one statement per this many searches. */
	static final int ID_BLOCK = 100;

	static final int BATCH = 200;

	private static final long FLUSH_EVERY_MILLIS = 500;

	/**
	 * Entries kept while the database does not take them; beyond this, new ones are
	 * dropped rather than filling the heap.
	 */
	private static final int MAX_PENDING = 20_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();

	private final ConcurrentLinkedQueue<Opened> opened = new ConcurrentLinkedQueue<>();

	private final AtomicInteger pending = new AtomicInteger();

	/** A full batch has asked the writer for an early flush that has not run yet. */
	private final AtomicBoolean flushAsked = new AtomicBoolean();

	private final ScheduledExecutorService writer;

	private final ConcurrentLinkedQueue<Long> ids = new ConcurrentLinkedQueue<>();

	SearchLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.writer = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "search-log");
			thread.setDaemon(true);
			return thread;
		});
		// on every node, never locked: each node writes the entries queued in its own
		// memory
		this.writer.scheduleWithFixedDelay(this::flushQuietly, FLUSH_EVERY_MILLIS, FLUSH_EVERY_MILLIS,
				TimeUnit.MILLISECONDS);
	}

	/**
	 * Queues an entry and returns its id, which result links carry so that opening one
	 * can be recorded.
	 */
	public long record(String query, long resultCount, boolean filtered, Role role, Source source) {
		long id = nextId();
		if (this.pending.incrementAndGet() > MAX_PENDING) {
			this.pending.decrementAndGet();
			LOG.warn("Search log entry dropped: {} entries wait for the database already", MAX_PENDING);
			return id;
		}
		this.entries.add(new Entry(id, QueryText.normalize(query), resultCount, filtered,
				role == null ? "ANONYMOUS" : role.name(), source.name(), this.clock.instant()));
		if (this.pending.get() >= BATCH && this.flushAsked.compareAndSet(false, true)) {
			this.writer.execute(this::flushQuietly);
		}
		return id;
	}

	/** Marks the entry's results as opened, once its insert is written. */
	public void resultOpened(long entryId) {
		this.opened.add(new Opened(entryId, this.clock.instant()));
	}

	/**
	 * Writes everything queued so far (before the caller reads the log), and tops up the
	 * ids reserved for the next searches.
	 */
	public synchronized void flush() {
		this.flushAsked.set(false);
		if (this.ids.size() < ID_BLOCK / 2) {
			reserveIds();
		}
		List<Entry> batch = new ArrayList<>();
		for (Entry entry; (entry = this.entries.poll()) != null;) {
			batch.add(entry);
		}
		List<Opened> marks = new ArrayList<>();
		for (Opened mark; (mark = this.opened.poll()) != null;) {
			marks.add(mark);
		}
		if (batch.isEmpty() && marks.isEmpty()) {
			return;
		}
		try {
			this.transaction.executeWithoutResult(status -> {
				insert(batch);
				markOpened(marks);
			});
		}
		finally {
			this.pending.addAndGet(-batch.size());
		}
	}

	private void insert(List<Entry> batch) {
		this.jdbc.batchUpdate(
				"insert into search_query_log (id, query, result_count, filtered, user_role, source, searched_at) "
						+ "values (?, ?, ?, ?, ?, ?, ?)",
				batch, BATCH, (statement, entry) -> {
					statement.setLong(1, entry.id());
					statement.setString(2, entry.query());
					statement.setLong(3, entry.resultCount());
					statement.setBoolean(4, entry.filtered());
					statement.setString(5, entry.role());
					statement.setString(6, entry.source());
					statement.setTimestamp(7, Timestamp.from(entry.at()));
				});
	}

	private void markOpened(List<Opened> marks) {
		this.jdbc.batchUpdate("update search_query_log set opened_at = ? where id = ? and opened_at is null", marks,
				BATCH, (statement, mark) -> {
					statement.setTimestamp(1, Timestamp.from(mark.at()));
					statement.setLong(2, mark.entryId());
				});
	}

	private void flushQuietly() {
		try {
			flush();
		}
		catch (DataAccessException | IllegalStateException ex) {
			LOG.warn("Search log entries could not be written and are dropped: {}", ex.getMessage());
		}
	}

	/**
	 * The next id reserved ahead. The writer keeps the reserve topped up, so a search
	 * only takes a block itself when a burst has used the reserve up.
	 */
	private long nextId() {
		Long id = this.ids.poll();
		while (id == null) {
			reserveIds();
			id = this.ids.poll();
		}
		return id;
	}

	/**
	 * Takes a block of sequence values (not necessarily contiguous: kept as returned).
	 */
	private void reserveIds() {
		this.ids.addAll(this.jdbc.queryForList("select nextval('search_query_log_id_seq') from generate_series(1, ?)",
				Long.class, ID_BLOCK));
	}

	/** Writes what is still queued before the database goes away. */
	@Override
	public void destroy() throws InterruptedException {
		this.writer.shutdown();
		this.writer.awaitTermination(5, TimeUnit.SECONDS);
		flushQuietly();
	}

	private record Entry(long id, String query, long resultCount, boolean filtered, String role, String source,
			Instant at) {
	}

	private record Opened(long entryId, Instant at) {
	}

}
