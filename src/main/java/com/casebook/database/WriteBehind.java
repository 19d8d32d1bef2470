package com.casebook.database;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Inserts a transaction may hold back and send together. A bulk import turns it on for
 * each of its batch transactions ({@link #start}); the writers that take part (the audit
 * log, the points ledger) then collect their rows in a buffer of the transaction instead
 * of running an insert each, and write them as one statement or JDBC batch per table when
 * the import {@link #flush flushes} a chunk of lines, and in any case before the
 * transaction commits. What they write does not change, only when within the transaction:
 * the rows are in by the commit, and a transaction that rolls back leaves none. Outside
 * such a transaction every writer writes at once, as before.
 */
@Component
public class WriteBehind {

	/**
	 * The running transaction's buffers, if it holds inserts back. Not looked up among
	 * the transaction's synchronizations: Spring copies and sorts them on every lookup,
	 * and an import batch registers thousands (one per event and transactional listener),
	 * so with a lookup per audit entry and award the batch grew quadratic (a fifth of an
	 * import's CPU at 100,000 scenarios). Kept in step with the transaction by the
	 * synchronization's own callbacks.
	 */
	private static final ThreadLocal<Buffers> CURRENT = new ThreadLocal<>();

	/**
	 * Turns write-behind on for the running transaction (which must be active); does
	 * nothing if it is on already. The buffers belong to a synchronization of the
	 * transaction, so a transaction started inside it (REQUIRES_NEW) writes at once.
	 */
	public void start() {
		if (current() == null) {
			Buffers buffers = new Buffers();
			TransactionSynchronizationManager.registerSynchronization(buffers);
			CURRENT.set(buffers);
		}
	}

	/** Whether the running transaction holds inserts back. */
	public boolean active() {
		return current() != null;
	}

	/**
	 * The running transaction's buffer of a participant ({@code owner}), made on first
	 * use by {@code create}; {@code write} writes (and empties) it at each flush. Only
	 * while {@link #active()}.
	 */
	@SuppressWarnings("unchecked")
	public <T> T buffer(Object owner, Supplier<T> create, Consumer<T> write) {
		Buffers buffers = current();
		if (buffers == null) {
			throw new IllegalStateException("No write-behind in this transaction");
		}
		return ((Buffer<T>) buffers.byOwner.computeIfAbsent(owner, key -> new Buffer<>(create.get(), write))).contents;
	}

	/** Writes what the participants hold back so far; nothing if write-behind is off. */
	public void flush() {
		Buffers buffers = current();
		if (buffers != null) {
			buffers.write();
		}
	}

	private static Buffers current() {
		Buffers buffers = CURRENT.get();
		if (buffers == null || buffers.committing || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		return buffers;
	}

	/** The participants' buffers of one transaction, written before it commits. */
	private static final class Buffers implements TransactionSynchronization {

		private final Map<Object, Buffer<?>> byOwner = new LinkedHashMap<>();

		/**
		 * Set once the commit began: what other before-commit work writes goes out at
		 * once.
		 */
		private boolean committing;

		@Override
		public int getOrder() {
			// before the transaction's other before-commit work (listeners of the phase)
			return Ordered.HIGHEST_PRECEDENCE;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			write();
			this.committing = true;
		}

		/** A transaction started inside (REQUIRES_NEW) writes at once. */
		@Override
		public void suspend() {
			CURRENT.remove();
		}

		@Override
		public void resume() {
			CURRENT.set(this);
		}

		@Override
		public void afterCompletion(int status) {
			CURRENT.remove();
		}

		void write() {
			this.byOwner.values().forEach(Buffer::write);
		}

	}

	private record Buffer<T>(T contents, Consumer<T> writer) {

		void write() {
			this.writer.accept(this.contents);
		}

	}

}
