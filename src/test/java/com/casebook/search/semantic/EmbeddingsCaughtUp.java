package com.casebook.search.semantic;

import java.time.Duration;
import java.util.function.LongSupplier;

import com.casebook.search.IndexMaintenance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waits until every scenario has its vector, in the database and in this context's index.
 * Test contexts share one database but each has its own index: a scenario another context
 * wrote never reached this context's worker (its catch-up, run again here as at a
 * restart, finds it), and a vector another context stored after this index was built is
 * in no batch of this worker (the rebuild at the end reads the stored vectors, as a
 * rebuild on a node does).
 */
public final class EmbeddingsCaughtUp {

	private static final Duration AT_MOST = Duration.ofMinutes(5);

	private EmbeddingsCaughtUp() {
	}

	public static void await(EmbeddingWorker worker, IndexMaintenance index, LongSupplier scenarios) {
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
		index.rebuild();
	}

}
