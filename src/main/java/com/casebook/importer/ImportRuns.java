package com.casebook.importer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The imports running now on this node, whichever way they came in (page, API, demo), so
 * the admin page can show how far a long one is: lines stored of lines read, updated
 * after each committed batch. When the application stops, running imports stop after the
 * line they are on (see {@link #stopping()}), so a shutdown does not wait for them.
 */
@Component
public class ImportRuns implements SmartLifecycle {

	private final Set<Run> running = ConcurrentHashMap.newKeySet();

	private volatile boolean started;

	/** Set when the application stops; an import at start-up (demo data) runs before. */
	private volatile boolean stopped;

	private final Clock clock;

	ImportRuns(Clock clock) {
		this.clock = clock;
	}

	/** Imports in progress, oldest first. */
	public List<Progress> running() {
		return this.running.stream()
			.map(run -> new Progress(run.importer, run.startedAt, run.done.get(), run.total))
			.sorted((a, b) -> a.startedAt().compareTo(b.startedAt()))
			.toList();
	}

	/**
	 * Whether the application is stopping: an import then stores no further line. Told
	 * before the web server waits for running requests, so an import does not hold up
	 * shutdown.
	 */
	boolean stopping() {
		return this.stopped;
	}

	@Override
	public void start() {
		this.stopped = false;
		this.started = true;
	}

	@Override
	public void stop() {
		this.stopped = true;
		this.started = false;
	}

	@Override
	public boolean isRunning() {
		return this.started;
	}

	Run start(String importer, int total) {
		Run run = new Run(importer, this.clock.instant(), total);
		this.running.add(run);
		return run;
	}

	/** One import in progress; closing it takes it off the list. */
	final class Run implements ImportProgress, AutoCloseable {

		private final String importer;

		private final Instant startedAt;

		private final int total;

		private final AtomicInteger done = new AtomicInteger();

		private Run(String importer, Instant startedAt, int total) {
			this.importer = importer;
			this.startedAt = startedAt;
			this.total = total;
		}

		@Override
		public void advanced(int done, int total) {
			this.done.set(done);
		}

		@Override
		public void close() {
			ImportRuns.this.running.remove(this);
		}

	}

	/** How far one import is. */
	public record Progress(String importer, Instant startedAt, int done, int total) {

		public int percent() {
			return this.total == 0 ? 100 : (int) (100L * this.done / this.total);
		}

	}

}
