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
 * Computes embeddings in the background, in batches, one thread: the scenarios whose
 * texts changed (handed over after their commit, served first) and, at start-up, every
 * scenario without a vector of each of its current texts (content and names, see
 * {@link ScenarioTexts}) and of the current model (the first start on an existing
 * catalogue embeds it all, with its progress in the log). Each stored vector is then put
 * in the index by indexing the scenario again. Nothing already stored is computed again.
 */
@Component
@ConditionalOnProperty(name = "casebook.semantic.enabled", havingValue = "true", matchIfMissing = true)
public class EmbeddingWorker implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddingWorker.class);

	static final int BATCH = 16;

	/**
	 * Texts embedded in one call of the model: a batch's 32 texts took 19 s of a busy
	 * machine, which a shutdown had to wait for; between calls the worker sees it is
	 * asked to stop.
	 */
	static final int BETWEEN_STOP_CHECKS = 2;

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

	/** Scenarios handed over after their commit: new or edited ones, served first. */
	private final LinkedHashSet<Long> requested = new LinkedHashSet<>();

	/** What the start-up comparison found without a vector of its current texts. */
	private final LinkedHashSet<Long> catchUp = new LinkedHashSet<>();

	private boolean draining;

	private boolean started;

	private volatile long computed;

	private volatile long toDo;

	private volatile long lastLog = System.nanoTime();

	private volatile long embeddingNanos;

	private volatile Instant lastBatchAt;

	private final Clock clock;

	private final ScenarioTexts scenarioTexts;

	EmbeddingWorker(EmbeddingStore store, EntityManager entityManager, PlatformTransactionManager transactionManager,
			@Value("${casebook.data-dir}") Path dataDir, ApplicationEventPublisher events, Clock clock,
			ScenarioTexts scenarioTexts) {
		this.scenarioTexts = scenarioTexts;
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
	 * catalogue compared with the stored vectors, off the start-up thread. Scenarios
	 * handed over meanwhile (published while the model loads or the catalogue is
	 * compared) are embedded first, and between the comparison's chunks: a large
	 * catalogue's catch-up does not make a new scenario wait for it.
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void start() {
		this.thread.execute(() -> {
			try {
				TextEmbedding.load(this.dataDir);
			}
			catch (RuntimeException ex) {
				log.error("Semantic search is off: the embedding model could not be loaded", ex);
				return;
			}
			synchronized (this) {
				this.started = true;
				// this task drains what is handed over from now on
				this.draining = true;
			}
			try {
				drain(true);
				enqueueMissing();
			}
			catch (RuntimeException ex) {
				log.error("Could not compare the catalogue with the stored vectors", ex);
			}
			drain(false);
		});
	}

	/** Asks for the vectors of a scenario's current texts. */
	void request(long scenarioId) {
		synchronized (this) {
			if (this.requested.add(scenarioId)) {
				this.toDo++;
			}
			if (!this.started || this.draining) {
				return;
			}
			this.draining = true;
		}
		this.thread.execute(() -> drain(false));
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
		return this.requested.size() + this.catchUp.size() + (this.draining ? 1 : 0);
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
		Map<VectorKind, Map<Long, String>> stored = this.store.hashes();
		List<Long> ids = this.ownTransaction
			.execute(status -> this.entityManager.createQuery("select s.id from Scenario s order by s.id", Long.class)
				.getResultList());
		int missing = 0;
		for (int from = 0; from < ids.size(); from += 200) {
			List<Long> chunk = ids.subList(from, Math.min(from + 200, ids.size()));
			List<Long> found = new ArrayList<>();
			for (ScenarioText text : texts(chunk)) {
				if (!text.hash().equals(stored.get(text.kind()).get(text.scenarioId()))
						&& (found.isEmpty() || found.get(found.size() - 1) != text.scenarioId())) {
					found.add(text.scenarioId());
				}
			}
			missing += found.size();
			synchronized (this) {
				this.catchUp.addAll(found);
				this.toDo += found.size();
			}
			// new scenarios do not wait for the whole comparison
			drain(true);
		}
		log.info(
				"Semantic search: {} of {} scenarios have vectors of their current texts; {} to compute "
						+ "(compared in {} ms)",
				ids.size() - missing, ids.size(), missing, (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Embeds batches until nothing waits: the scenarios handed over first, then the
	 * catch-up; with {@code requestedOnly}, only the former, and the worker stays busy.
	 */
	private void drain(boolean requestedOnly) {
		while (!Thread.currentThread().isInterrupted()) {
			List<Long> batch = new ArrayList<>(BATCH);
			synchronized (this) {
				take(this.requested, batch);
				if (!requestedOnly) {
					take(this.catchUp, batch);
				}
				batch.forEach(this.catchUp::remove);
				if (batch.isEmpty()) {
					if (!requestedOnly) {
						this.draining = false;
					}
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

	private static void take(LinkedHashSet<Long> queue, List<Long> batch) {
		var iterator = queue.iterator();
		while (iterator.hasNext() && batch.size() < BATCH) {
			batch.add(iterator.next());
			iterator.remove();
		}
	}

	private void embed(List<Long> batch) {
		Map<VectorKind, Map<Long, String>> stored = this.store.hashes(batch);
		List<ScenarioText> changed = texts(batch).stream()
			.filter(text -> !text.hash().equals(stored.get(text.kind()).get(text.scenarioId())))
			.toList();
		if (changed.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		List<float[]> vectors = new ArrayList<>(changed.size());
		for (int from = 0; from < changed.size(); from += BETWEEN_STOP_CHECKS) {
			if (Thread.currentThread().isInterrupted()) {
				// shutting down: the batch is left as it was, and the next start's
				// catch-up finds it
				return;
			}
			List<ScenarioText> some = changed.subList(from, Math.min(from + BETWEEN_STOP_CHECKS, changed.size()));
			vectors.addAll(TextEmbedding.embedAll(some.stream().map(ScenarioText::text).toList()));
		}
		this.embeddingNanos += System.nanoTime() - started;
		for (int i = 0; i < changed.size(); i++) {
			this.store.save(changed.get(i), vectors.get(i));
		}
		List<Long> embedded = changed.stream().map(ScenarioText::scenarioId).distinct().toList();
		this.computed += embedded.size();
		this.lastBatchAt = this.clock.instant();
		reindex(embedded);
		// duplicates are compared by content: a renamed tag changes no scenario's meaning
		List<Long> newContent = changed.stream()
			.filter(text -> text.kind() == VectorKind.CONTENT)
			.map(ScenarioText::scenarioId)
			.toList();
		if (!newContent.isEmpty()) {
			this.events.publishEvent(new ScenariosEmbedded(newContent));
		}
	}

	private List<ScenarioText> texts(List<Long> ids) {
		return this.ownTransaction.execute(status -> {
			List<ScenarioText> texts = this.entityManager
				.createQuery("select s from Scenario s where s.id in (:ids) order by s.id", Scenario.class)
				.setParameter("ids", ids)
				.getResultList()
				.stream()
				.flatMap(scenario -> this.scenarioTexts.of(scenario).stream())
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
				log.info("Semantic search: embedded {} scenarios this run, {} waiting", this.computed, backlog());
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
