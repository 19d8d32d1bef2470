package com.casebook.search.semantic;

import java.time.Duration;
import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waits until every scenario has its vector. Test contexts share one database, and a
 * scenario another context wrote never reached this context's worker (as a scenario
 * written on another node would not): its catch-up, run again here as at a restart, finds
 * them.
 */
public final class EmbeddingsCaughtUp {

	private static final Duration AT_MOST = Duration.ofMinutes(5);

	private EmbeddingsCaughtUp() {
	}

	public static void await(EmbeddingWorker worker, LongSupplier scenarios) {
		worker.start();
		// the catch-up runs on the worker's thread: once it has, what it found is in the
		// backlog
		worker.awaitIdle();
		long deadline = System.nanoTime() + AT_MOST.toNanos();
		while (worker.backlog() > 0 || worker.progress().stored() < scenarios.getAsLong()) {
			assertThat(System.nanoTime()).as("waited %s for the embeddings", AT_MOST).isLessThan(deadline);
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		// a batch's vectors are counted as stored before the batch is indexed again
		worker.awaitIdle();
	}

}
