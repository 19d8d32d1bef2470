package com.casebook.search.semantic;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.persistence.EntityManager;

import com.casebook.scenario.Scenario;
import com.casebook.search.ScenariosEmbedded;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes embeddings in the background, in batches, one thread: the scenarios whose text
 * changed (handed over after their commit) and, at start-up, every scenario without a
 * vector of its current text and of the current model (the first start on an existing
 * catalogue embeds it all, with its progress in the log). Each stored vector is then put
 * in the index by indexing the scenario again. Nothing already stored is computed again.
 */
@Component
@ConditionalOnProperty(name = "casebook.semantic.enabled", havingValue = "true", matchIfMissing = true)
public class EmbeddingWorker implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddingWorker.class);

	static final int BATCH = 16;

	private static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(60);

	private static final long LOG_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

	private final EmbeddingStore store;

	private final EntityManager entityManager;

	private final TransactionTemplate ownTransaction;

	private final Path dataDir;

	private final ApplicationEventPublisher events;

	private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
		Thread worker = new Thread(runnable, "embedding-worker");
		worker.setDaemon(true);
		return worker;
	});

	private final LinkedHashSet<Long> pending = new LinkedHashSet<>();

	private boolean draining;

	private boolean started;

	private volatile long computed;

	private volatile long toDo;

	private volatile long lastLog = System.nanoTime();

	private volatile long embeddingNanos;

	private volatile Instant lastBatchAt;

	private final Clock clock;

	EmbeddingWorker(EmbeddingStore store, EntityManager entityManager, PlatformTransactionManager transactionManager,
			@Value("${casebook.data-dir}") Path dataDir, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
		this.store = store;
		this.entityManager = entityManager;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		// called after another transaction's commit, whose resources are still bound
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.dataDir = dataDir;
	}

	/**
	 * After the index is checked (its listener runs first): the model is loaded and the
	 * catalogue compared with the stored vectors, off the start-up thread.
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void start() {
		this.thread.execute(() -> {
			try {
				TextEmbedding.load(this.dataDir);
				enqueueMissing();
			}
			catch (RuntimeException ex) {
				log.error("Semantic search is off: the embedding model could not be loaded", ex);
				return;
			}
			synchronized (this) {
				this.started = true;
			}
			drain();
		});
	}

	/** Asks for the vector of a scenario's current text. */
	void request(long scenarioId) {
		synchronized (this) {
			this.pending.add(scenarioId);
			this.toDo++;
			if (!this.started || this.draining) {
				return;
			}
			this.draining = true;
		}
		this.thread.execute(this::drain);
	}

	/** Returns once everything handed over so far is embedded. */
	void awaitIdle() {
		try {
			this.thread.submit(() -> {
			}).get(5, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Scenarios waiting for a vector, or being embedded now. */
	public synchronized int backlog() {
		return this.pending.size() + (this.draining ? 1 : 0);
	}

	/** How many vectors this run computed, how many it was asked for, and how fast. */
	public EmbeddingProgress progress() {
		long scenarios = this.ownTransaction
			.execute(status -> this.entityManager.createQuery("select count(s) from Scenario s", Long.class)
				.getSingleResult());
		long nanos = this.embeddingNanos;
		return new EmbeddingProgress(this.computed, this.toDo, backlog(), this.store.countCurrent(), scenarios,
				this.lastBatchAt, nanos == 0 ? 0 : this.computed * 1e9 / nanos);
	}

	private void enqueueMissing() {
		long started = System.nanoTime();
		Map<Long, String> stored = this.store.hashes();
		List<Long> ids = this.ownTransaction
			.execute(status -> this.entityManager.createQuery("select s.id from Scenario s order by s.id", Long.class)
				.getResultList());
		List<Long> missing = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += 200) {
			List<Long> batch = ids.subList(from, Math.min(from + 200, ids.size()));
			for (ScenarioText text : texts(batch)) {
				if (!text.hash().equals(stored.get(text.scenarioId()))) {
					missing.add(text.scenarioId());
				}
			}
		}
		synchronized (this) {
			this.pending.addAll(missing);
			this.toDo += missing.size();
			this.draining = true;
		}
		log.info(
				"Semantic search: {} of {} scenarios have a vector of their current text; {} to compute "
						+ "(compared in {} ms)",
				ids.size() - missing.size(), ids.size(), missing.size(), (System.nanoTime() - started) / 1_000_000);
	}

	private void drain() {
		while (!Thread.currentThread().isInterrupted()) {
			List<Long> batch = new ArrayList<>(BATCH);
			synchronized (this) {
				var iterator = this.pending.iterator();
				while (iterator.hasNext() && batch.size() < BATCH) {
					batch.add(iterator.next());
					iterator.remove();
				}
				if (batch.isEmpty()) {
					this.draining = false;
					return;
				}
			}
			try {
				embed(batch);
			}
			catch (RuntimeException ex) {
				log.warn("Could not embed scenarios {}: {}", batch, ex.toString());
			}
			logProgress();
		}
		synchronized (this) {
			this.draining = false;
		}
	}

	private void embed(List<Long> batch) {
		Map<Long, String> stored = this.store.hashes(batch);
		List<ScenarioText> changed = texts(batch).stream()
			.filter(text -> !text.hash().equals(stored.get(text.scenarioId())))
			.toList();
		if (changed.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		List<float[]> vectors = TextEmbedding.embedAll(changed.stream().map(ScenarioText::text).toList());
		this.embeddingNanos += System.nanoTime() - started;
		for (int i = 0; i < changed.size(); i++) {
			this.store.save(changed.get(i).scenarioId(), changed.get(i).hash(), vectors.get(i));
		}
		this.computed += changed.size();
		this.lastBatchAt = this.clock.instant();
		List<Long> embedded = changed.stream().map(ScenarioText::scenarioId).toList();
		reindex(embedded);
		this.events.publishEvent(new ScenariosEmbedded(embedded));
	}

	private List<ScenarioText> texts(List<Long> ids) {
		return this.ownTransaction.execute(status -> {
			List<ScenarioText> texts = this.entityManager
				.createQuery("select s from Scenario s where s.id in (:ids)", Scenario.class)
				.setParameter("ids", ids)
				.getResultList()
				.stream()
				.map(ScenarioText::of)
				.toList();
			this.entityManager.clear();
			return texts;
		});
	}

	private void reindex(List<Long> ids) {
		this.ownTransaction.executeWithoutResult(status -> {
			SearchIndexingPlan plan = Search.session(this.entityManager).indexingPlan();
			this.entityManager.createQuery("select s from Scenario s where s.id in (:ids)", Scenario.class)
				.setParameter("ids", ids)
				.getResultList()
				.forEach(plan::addOrUpdate);
		});
	}

	private void logProgress() {
		long now = System.nanoTime();
		boolean done = backlog() == 0;
		if (done || now - this.lastLog > LOG_EVERY_NANOS) {
			this.lastLog = now;
			if (this.toDo > 0) {
				log.info("Semantic search: computed {} vectors this run, {} waiting", this.computed, backlog());
			}
		}
	}

	/**
	 * Waits for the native call under way (loading the model takes seconds): ONNX Runtime
	 * tears its environment down when the JVM exits, and a session still being created
	 * then crashes the process (SIGSEGV) instead of letting it exit cleanly.
	 */
	@Override
	public void destroy() throws InterruptedException {
		this.thread.shutdownNow();
		if (!this.thread.awaitTermination(SHUTDOWN_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
			log.warn("The embedding worker did not stop within {}", SHUTDOWN_PATIENCE);
		}
	}

}
