package com.casebook.merge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioPublished;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioSubmitted;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Compares a scenario with the catalogue when it is submitted or published, once the
 * change is committed and indexed, so the queue stays current without rescanning
 * everything. The comparison (a More Like This query per scenario) costs more than the
 * save itself, so it runs on one worker thread of its own: the saving request (or an
 * import of thousands of lines) only hands over the scenario's id, and a burst of ids is
 * scanned one after the other, each scenario once however often it was announced. Scans
 * still waiting when the application stops are dropped; "Rescan" on the duplicate queue
 * catches up on them.
 */
@Component
class DuplicateScanning implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DuplicateScanning.class);

	/** Ids taken from the queue at once, so repeats within a burst are scanned once. */
	private static final int DRAIN = 500;

	private final DuplicateQueue queue;

	private final BlockingQueue<Long> waiting = new LinkedBlockingQueue<>();

	private volatile Thread worker;

	/** Announcements not yet handled, the ones being scanned included. */
	private final AtomicInteger outstanding = new AtomicInteger();

	DuplicateScanning(DuplicateQueue queue) {
		this.queue = queue;
	}

	@TransactionalEventListener
	public void on(ScenarioSubmitted submitted) {
		announce(submitted.scenarioId());
	}

	@TransactionalEventListener
	public void on(ScenarioPublished published) {
		announce(published.scenarioId());
	}

	private void announce(long scenarioId) {
		this.outstanding.incrementAndGet();
		this.waiting.add(scenarioId);
	}

	/** Whether every scenario announced so far has been compared. */
	boolean idle() {
		return this.outstanding.get() == 0;
	}

	private void work() {
		List<Long> drained = new ArrayList<>();
		while (!Thread.currentThread().isInterrupted()) {
			try {
				drained.add(this.waiting.take());
			}
			catch (InterruptedException ex) {
				return;
			}
			this.waiting.drainTo(drained, DRAIN - 1);
			Set<Long> ids = new LinkedHashSet<>(drained);
			int handled = drained.size();
			drained.clear();
			for (long id : ids) {
				if (Thread.currentThread().isInterrupted()) {
					return;
				}
				try {
					this.queue.scan(id);
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
