package com.casebook.user;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Figures kept in memory so that a page does not take a database connection for each of
 * them: the header's (a person's unread notifications, points balance, the review queue;
 * under load every page asked the pool three extra times) and the catalogue's counts of
 * scenarios per filter (on 100,000 scenarios a count took PostgreSQL 40 ms of a core).
 * The module that owns a figure says when it changed; a change is seen by the next page
 * once its transaction has committed. Changes made elsewhere (another node, a restored
 * backup) show after at most {@link #MAX_AGE}.
 */
public final class FigureCache<K, V> {

	/** How long a figure is trusted without a change being announced. */
	public static final Duration MAX_AGE = Duration.ofSeconds(30);

	/**
	 * Keys come from requests (a catalogue filter): past this many, memory starts over.
	 */
	static final int MAX_KEPT = 10_000;

	private final int maxKept;

	private final ConcurrentMap<K, Figure<V>> figures = new ConcurrentHashMap<>();

	/**
	 * Counts announced changes: a figure loaded while a change happened may predate it,
	 * so it is used for that page but not kept.
	 */
	private final AtomicLong changes = new AtomicLong();

	private final LongSupplier nanoTime;

	public FigureCache() {
		this(MAX_KEPT);
	}

	/** Keeping at most {@code maxKept} values: fewer when each is large. */
	public FigureCache(int maxKept) {
		this(maxKept, System::nanoTime);
	}

	/** For tests: time as told. */
	FigureCache(int maxKept, LongSupplier nanoTime) {
		this.maxKept = maxKept;
		this.nanoTime = nanoTime;
	}

	/** The figure under this key (a person's id, or any fixed key), loaded if needed. */
	public V get(K key, Supplier<V> load) {
		return get(key, load, value -> true);
	}

	/**
	 * The same, keeping a loaded value only if {@code worthKeeping} says so.
	 * <p>
	 * A figure past its age is loaded again by the first reader to find it so, while the
	 * others are given the one they had until that load is done: under load, every reader
	 * of a busy page met its related list expired at once, and each loaded it again (a
	 * More Like This query each, a tenth of the scenario page's CPU at 100,000
	 * scenarios). A figure that was announced changed is gone, not old, so nobody is
	 * given it.
	 */
	public V get(K key, Supplier<V> load, Predicate<V> worthKeeping) {
		long now = this.nanoTime.getAsLong();
		Figure<V> known = this.figures.get(key);
		if (known != null) {
			if (now - known.loadedAt() < MAX_AGE.toNanos() || !known.refreshing().compareAndSet(false, true)) {
				return known.value();
			}
		}
		long changesBefore = this.changes.get();
		boolean kept = false;
		try {
			V value = load.get();
			if (this.changes.get() == changesBefore && worthKeeping.test(value)) {
				if (this.figures.size() >= this.maxKept) {
					this.figures.clear();
				}
				this.figures.put(key, new Figure<>(value, now, new AtomicBoolean()));
				kept = true;
			}
			return value;
		}
		finally {
			if (known != null && !kept) {
				// a refresh that failed or was not kept leaves no old figure behind
				this.figures.remove(key, known);
			}
		}
	}

	/**
	 * The figures under these keys: those known and not past their age from memory, the
	 * others loaded together by {@code loadMissing}, which may leave out a key it finds
	 * nothing for (it is then left out here too, and not remembered).
	 */
	public Map<K, V> getAll(Collection<K> keys, Function<Set<K>, Map<K, V>> loadMissing) {
		long now = this.nanoTime.getAsLong();
		Map<K, V> found = new HashMap<>();
		Set<K> missing = new HashSet<>();
		for (K key : keys) {
			Figure<V> known = this.figures.get(key);
			if (known != null && now - known.loadedAt() < MAX_AGE.toNanos()) {
				found.put(key, known.value());
			}
			else {
				missing.add(key);
			}
		}
		if (!missing.isEmpty()) {
			long changesBefore = this.changes.get();
			Map<K, V> loaded = loadMissing.apply(missing);
			found.putAll(loaded);
			if (this.changes.get() == changesBefore) {
				if (this.figures.size() + loaded.size() > this.maxKept) {
					this.figures.clear();
				}
				loaded.forEach((key, value) -> this.figures.put(key, new Figure<>(value, now, new AtomicBoolean())));
			}
		}
		return found;
	}

	/**
	 * The figure under this key is changing: forgotten now, and again when the current
	 * transaction ends (a page shown meanwhile may have read the value from before the
	 * commit).
	 */
	public void changed(K key) {
		nowAndWhenTheTransactionEnds(() -> forget(key));
	}

	/**
	 * How many changes were announced so far: memory kept elsewhere under this number is
	 * out of date once it moves on.
	 */
	public long changes() {
		return this.changes.get();
	}

	/** Every figure is changing, as {@link #changed} says of one. */
	public void changedAll() {
		nowAndWhenTheTransactionEnds(this::forgetAll);
	}

	private static void nowAndWhenTheTransactionEnds(Runnable forget) {
		forget.run();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forget.run();
				}
			});
		}
	}

	private void forgetAll() {
		this.changes.incrementAndGet();
		this.figures.clear();
	}

	private void forget(K key) {
		this.changes.incrementAndGet();
		this.figures.remove(key);
	}

	private record Figure<V>(V value, long loadedAt, AtomicBoolean refreshing) {
	}

}
