package com.casebook;

import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Waits for the listeners that run after commit on their own thread
 * ({@code @ApplicationModuleListener}, such as the notifications) before a test looks at
 * what they wrote. The action under test hands them to the executor before it returns, so
 * once the executor has stayed idle for a few polls they are all done.
 */
public final class AsyncListeners {

	private static final Duration LIMIT = Duration.ofSeconds(30);

	private final ThreadPoolTaskExecutor executor;

	public AsyncListeners(ThreadPoolTaskExecutor executor) {
		this.executor = executor;
	}

	public void awaitIdle() {
		long deadline = System.nanoTime() + LIMIT.toNanos();
		int quiet = 0;
		while (quiet < 3) {
			quiet = idle() ? quiet + 1 : 0;
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Listeners still running after " + LIMIT);
			}
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	private boolean idle() {
		ThreadPoolExecutor pool = this.executor.getThreadPoolExecutor();
		return pool.getActiveCount() == 0 && pool.getQueue().isEmpty();
	}

}
