package com.casebook.user;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderFigureCacheTest {

	private final HeaderFigureCache cache = new HeaderFigureCache();

	private final AtomicLong stored = new AtomicLong(3);

	private final AtomicLong loads = new AtomicLong();

	private long load() {
		this.loads.incrementAndGet();
		return this.stored.get();
	}

	@Test
	void aFigureIsLoadedOnceAndThenReadFromMemory() {
		assertThat(this.cache.get(7, this::load)).isEqualTo(3);
		assertThat(this.cache.get(7, this::load)).isEqualTo(3);
		assertThat(this.loads).hasValue(1);
	}

	@Test
	void aChangedFigureIsLoadedAgain() {
		this.cache.get(7, this::load);
		this.stored.set(4);
		this.cache.changed(7);
		assertThat(this.cache.get(7, this::load)).isEqualTo(4);
	}

	@Test
	void figuresOfOtherKeysStayWhenOneChanges() {
		this.cache.get(7, this::load);
		this.cache.get(8, this::load);
		this.cache.changed(7);
		this.cache.get(8, this::load);
		assertThat(this.loads).hasValue(2);
	}

	@Test
	void aFigureLoadedWhileAChangeHappensIsUsedOnceButNotKept() {
		long seen = this.cache.get(7, () -> {
			long before = load();
			this.stored.set(4);
			this.cache.changed(7);
			return before;
		});
		assertThat(seen).isEqualTo(3);
		assertThat(this.cache.get(7, this::load)).isEqualTo(4);
	}

	@Test
	void aChangeInsideATransactionIsForgottenAgainWhenItEnds() {
		TransactionSynchronizationManager.initSynchronization();
		try {
			this.cache.changed(7);
			// a page shown before the commit reads the old value
			this.cache.get(7, this::load);
			this.stored.set(4);
			TransactionSynchronizationManager.getSynchronizations()
				.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		assertThat(this.cache.get(7, this::load)).isEqualTo(4);
	}

}
