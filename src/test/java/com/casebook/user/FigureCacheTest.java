package com.casebook.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FigureCacheTest {

	private final FigureCache<Long, Long> cache = new FigureCache<>();

	private final AtomicLong stored = new AtomicLong(3);

	private final AtomicLong loads = new AtomicLong();

	private long load() {
		this.loads.incrementAndGet();
		return this.stored.get();
	}

	@Test
	void aFigureIsLoadedOnceAndThenReadFromMemory() {
		assertThat(this.cache.get(7L, this::load)).isEqualTo(3);
		assertThat(this.cache.get(7L, this::load)).isEqualTo(3);
		assertThat(this.loads).hasValue(1);
	}

	@Test
	void aChangedFigureIsLoadedAgain() {
		this.cache.get(7L, this::load);
		this.stored.set(4);
		this.cache.changed(7L);
		assertThat(this.cache.get(7L, this::load)).isEqualTo(4);
	}

	@Test
	void figuresOfOtherKeysStayWhenOneChanges() {
		this.cache.get(7L, this::load);
		this.cache.get(8L, this::load);
		this.cache.changed(7L);
		this.cache.get(8L, this::load);
		assertThat(this.loads).hasValue(2);
	}

	@Test
	void whenEveryFigureChangesEveryKeyIsLoadedAgain() {
		this.cache.get(7L, this::load);
		this.cache.get(8L, this::load);
		this.stored.set(4);
		this.cache.changedAll();
		assertThat(this.cache.get(7L, this::load)).isEqualTo(4);
		assertThat(this.cache.get(8L, this::load)).isEqualTo(4);
		assertThat(this.loads).hasValue(4);
	}

	@Test
	void aValueNotWorthKeepingIsLoadedEachTime() {
		this.cache.get(7L, this::load, value -> value > 3);
		this.cache.get(7L, this::load, value -> value > 3);
		assertThat(this.loads).hasValue(2);
		this.stored.set(4);
		this.cache.get(7L, this::load, value -> value > 3);
		this.cache.get(7L, this::load, value -> value > 3);
		assertThat(this.loads).hasValue(3);
	}

	@Test
	void memoryStartsOverPastItsLimitOfKeys() {
		for (long key = 0; key <= FigureCache.MAX_KEPT; key++) {
			this.cache.get(key, this::load);
		}
		this.cache.get(FigureCache.MAX_KEPT + 1L, this::load);
		this.cache.get(0L, this::load);
		assertThat(this.loads).hasValue(FigureCache.MAX_KEPT + 3L);
	}

	@Test
	void aFigureLoadedWhileAChangeHappensIsUsedOnceButNotKept() {
		long seen = this.cache.get(7L, () -> {
			long before = load();
			this.stored.set(4);
			this.cache.changed(7L);
			return before;
		});
		assertThat(seen).isEqualTo(3);
		assertThat(this.cache.get(7L, this::load)).isEqualTo(4);
	}

	@Test
	void aChangeInsideATransactionIsForgottenAgainWhenItEnds() {
		TransactionSynchronizationManager.initSynchronization();
		try {
			this.cache.changed(7L);
			// a page shown before the commit reads the old value
			this.cache.get(7L, this::load);
			this.stored.set(4);
			TransactionSynchronizationManager.getSynchronizations()
				.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		assertThat(this.cache.get(7L, this::load)).isEqualTo(4);
	}

	@Test
	void manyFiguresAreLoadedTogetherAndOnlyThoseNotKnown() {
		List<Set<Long>> asked = new ArrayList<>();
		Function<Set<Long>, Map<Long, Long>> load = keys -> {
			asked.add(Set.copyOf(keys));
			return keys.stream().filter(key -> key != 9L).collect(Collectors.toMap(key -> key, key -> key * 10));
		};
		assertThat(this.cache.getAll(List.of(1L, 2L), load)).containsEntry(1L, 10L).containsEntry(2L, 20L);
		assertThat(this.cache.getAll(List.of(1L, 2L, 3L, 9L), load)).containsOnlyKeys(1L, 2L, 3L);
		this.cache.changed(2L);
		this.cache.getAll(List.of(1L, 2L), load);

		assertThat(asked).containsExactly(Set.of(1L, 2L), Set.of(3L, 9L), Set.of(2L));
	}

	@Test
	void whileOneReaderLoadsAnExpiredFigureAgainTheOthersAreGivenTheOldOneAndNobodyAfter() throws Exception {
		AtomicLong clock = new AtomicLong();
		FigureCache<Long, Long> aging = new FigureCache<>(10, clock::get);
		aging.get(7L, this::load);
		clock.addAndGet(FigureCache.MAX_AGE.toNanos() + 1);
		this.stored.set(4);
		CountDownLatch loading = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Long> refresh = CompletableFuture.supplyAsync(() -> aging.get(7L, () -> {
			loading.countDown();
			await(release);
			return load();
		}));
		assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();

		assertThat(aging.get(7L, this::load)).as("another reader meanwhile").isEqualTo(3);
		assertThat(this.loads).as("loaded once before, not again by the other reader").hasValue(1);

		release.countDown();
		assertThat(refresh.get(10, TimeUnit.SECONDS)).isEqualTo(4);
		assertThat(aging.get(7L, this::load)).isEqualTo(4);
		assertThat(this.loads).hasValue(2);
	}

	@Test
	void anExpiredFigureWhoseLoadFailsIsNotGivenToAnyoneAfter() {
		AtomicLong clock = new AtomicLong();
		FigureCache<Long, Long> aging = new FigureCache<>(10, clock::get);
		aging.get(7L, this::load);
		clock.addAndGet(FigureCache.MAX_AGE.toNanos() + 1);
		assertThatThrownBy(() -> aging.get(7L, () -> {
			throw new IllegalStateException("database gone");
		})).isInstanceOf(IllegalStateException.class);

		this.stored.set(5);
		assertThat(aging.get(7L, this::load)).isEqualTo(5);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
