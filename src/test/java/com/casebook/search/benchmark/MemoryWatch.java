package com.casebook.search.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the heap in use and the process's resident set every 200 ms while a load runs,
 * so that the benchmark reports the peaks under load rather than a quiet moment after it.
 */
final class MemoryWatch {

	private final AtomicLong maxHeap = new AtomicLong();

	private final AtomicLong maxRss = new AtomicLong();

	private final AtomicLong maxAnon = new AtomicLong();

	private final AtomicLong maxFile = new AtomicLong();

	private final Thread sampler;

	private volatile boolean running = true;

	private MemoryWatch() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		this.sampler = new Thread(() -> {
			while (this.running) {
				this.maxHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				this.maxRss.accumulateAndGet(ScaleBenchmark.rssMegabytes(), Math::max);
				this.maxAnon.accumulateAndGet(ScaleBenchmark.statusMegabytes("RssAnon"), Math::max);
				this.maxFile.accumulateAndGet(ScaleBenchmark.statusMegabytes("RssFile"), Math::max);
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "memory-watch");
		this.sampler.setDaemon(true);
	}

	static MemoryWatch start() {
		MemoryWatch watch = new MemoryWatch();
		watch.sampler.start();
		return watch;
	}

	void stop() throws InterruptedException {
		this.running = false;
		this.sampler.join();
	}

	long maxHeapMegabytes() {
		return this.maxHeap.get() >> 20;
	}

	long maxRssMegabytes() {
		return this.maxRss.get();
	}

	long maxAnonMegabytes() {
		return this.maxAnon.get();
	}

	long maxFileMegabytes() {
		return this.maxFile.get();
	}

}
