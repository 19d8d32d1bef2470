package com.casebook.importer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * The imports running now on this node, whichever way they came in (page, API, demo), so
 * the admin page can show how far a long one is: lines stored of lines read, updated
 * after each committed batch.
 */
@Component
public class ImportRuns {

	private final Set<Run> running = ConcurrentHashMap.newKeySet();

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
