package com.casebook.merge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioPublished;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioSubmitted;
import com.casebook.search.BulkIndexing;
import com.casebook.search.ScenariosEmbedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Compares a scenario with the catalogue when it is submitted or published, once the
 * change is committed and indexed, and with its nearest neighbours in meaning once its
 * new text has a vector, so the queue stays current without rescanning everything. The
 * comparison (a More Like This query per scenario) costs more than the save itself, so it
 * runs on one worker thread of its own: the saving request (or an import of thousands of
 * lines) only hands over the scenario's id, and a burst of ids is scanned one after the
 * other once the announcements pause, each scenario once however often it was announced.
 * Scans still waiting when the application stops are dropped; "Rescan" on the duplicate
 * queue catches up on them.
 */
@Component
class DuplicateScanning implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DuplicateScanning.class);

	/** How long the announcements pause before the scans start. */
	static final Duration QUIET = Duration.ofSeconds(1);

	/** The longest a steady stream of announcements holds the scans back. */
	static final Duration MOST_DELAYED = Duration.ofMinutes(5);

	private final DuplicateQueue queue;

	private final BlockingQueue<Announcement> waiting = new LinkedBlockingQueue<>();

	private volatile Thread worker;

	/** Announcements not yet handled, the ones being scanned included. */
	private final AtomicInteger outstanding = new AtomicInteger();

	private final BulkIndexing bulkWrites;

	DuplicateScanning(DuplicateQueue queue, BulkIndexing bulkWrites) {
		this.queue = queue;
		this.bulkWrites = bulkWrites;
	}

	@EventListener
	public void on(ScenarioSubmitted submitted) {
		announceAfterCommit(submitted.scenarioId());
	}

	@EventListener
	public void on(ScenarioPublished published) {
		announceAfterCommit(published.scenarioId());
	}

	/**
	 * A new or changed text has its vector now (the embedding worker computes it after
	 * the commit that announced the scenario, usually after its scan): its nearest
	 * neighbours in meaning are compared, its words were already.
	 */
	@EventListener
	public void on(ScenariosEmbedded embedded) {
		embedded.scenarioIds().forEach(id -> announce(new Announcement(id, true)));
	}

	/**
	 * Queues the scenario once its transaction has committed. Not a
	 * {@code @TransactionalEventListener}: Modulith would keep a publication row for each
	 * event and commit its completion on the saving thread, one commit per imported line,
	 * only to put an id in memory (a scan lost in a crash is caught up by "Rescan").
	 */
	private void announceAfterCommit(long scenarioId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				announce(new Announcement(scenarioId, false));
			}
		});
	}

	private void announce(Announcement announcement) {
		this.outstanding.incrementAndGet();
		this.waiting.add(announcement);
	}

	/** A scenario to compare, by its meaning only or by its words and its meaning. */
	private record Announcement(long scenarioId, boolean meaningOnly) {
	}

	/** Whether every scenario announced so far has been compared. */
	boolean idle() {
		return this.outstanding.get() == 0;
	}

	private void work() {
		List<Announcement> drained = new ArrayList<>();
		while (!Thread.currentThread().isInterrupted()) {
			try {
				drained.add(this.waiting.take());
				awaitQuiet(drained);
			}
			catch (InterruptedException ex) {
				return;
			}
			// each scenario once, in full if any announcement asked for it
			Map<Long, Boolean> meaningOnly = new LinkedHashMap<>();
			drained.forEach(a -> meaningOnly.merge(a.scenarioId(), a.meaningOnly(), Boolean::logicalAnd));
			int handled = drained.size();
			drained.clear();
			for (Map.Entry<Long, Boolean> scenario : meaningOnly.entrySet()) {
				long id = scenario.getKey();
				if (Thread.currentThread().isInterrupted()) {
					return;
				}
				try {
					if (scenario.getValue()) {
						this.queue.scanByMeaning(id);
					}
					else {
						this.queue.scan(id);
					}
				}
				catch (RuntimeException ex) {
					// the scenario stays out of the queue until the next rescan; the
					// worker goes on with the others
					log.warn("Duplicate scan of scenario {} failed", id, ex);
				}
			}
			this.outstanding.addAndGet(-handled);
		}
	}

	/**
	 * Collects announcements until none came for {@link #QUIET} and no import is running:
	 * on two cores the scans would otherwise halve the speed of an import (whose batches
	 * announce seconds apart), so they wait for its end, yet never longer than
	 * {@link #MOST_DELAYED}.
	 */
	private void awaitQuiet(List<Announcement> drained) throws InterruptedException {
		long deadline = System.nanoTime() + MOST_DELAYED.toNanos();
		while (System.nanoTime() < deadline) {
			Announcement next = this.waiting.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS);
			if (next == null) {
				if (!this.bulkWrites.writing()) {
					return;
				}
				continue;
			}
			drained.add(next);
			this.waiting.drainTo(drained);
		}
	}

	@Override
	public void start() {
		Thread thread = new Thread(this::work, "duplicate-scan");
		thread.setDaemon(true);
		this.worker = thread;
		thread.start();
	}

	/**
	 * Stops at once: a scan in progress is abandoned (its transaction rolls back) rather
	 * than holding up shutdown.
	 */
	@Override
	public void stop() {
		Thread thread = this.worker;
		this.worker = null;
		if (thread != null) {
			thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.worker != null;
	}

}
