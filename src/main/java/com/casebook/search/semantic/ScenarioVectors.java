package com.casebook.search.semantic;

import java.util.EnumMap;
import java.util.Map;

import com.casebook.scenario.Scenario;
import com.casebook.search.MassIndexingBatch;

import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What indexing asks of the semantic side: the stored vectors of a scenario's current
 * texts, and, when there is none, that the worker compute it once the change is committed
 * (never inside the saving request).
 */
@Component
public class ScenarioVectors {

	private final EmbeddingStore store;

	private final ObjectProvider<EmbeddingWorker> worker;

	private final ScenarioTexts texts;

	ScenarioVectors(EmbeddingStore store, ObjectProvider<EmbeddingWorker> worker, ScenarioTexts texts) {
		this.store = store;
		this.worker = worker;
		this.texts = texts;
	}

	/**
	 * The stored vectors of the scenario's current texts, by kind (one query, or one for
	 * a mass indexer's whole batch); a kind whose text has no vector yet is missing, and
	 * the worker is asked for it.
	 */
	Map<VectorKind, float[]> storedFor(Scenario scenario, TypeBridgeWriteContext context) {
		Map<VectorKind, EmbeddingStore.Stored> stored = MassIndexingBatch.of("stored-vectors", scenario, context,
				this.store::stored, Map.of(), this.store::stored);
		Map<VectorKind, float[]> current = new EnumMap<>(VectorKind.class);
		for (ScenarioText text : this.texts.of(scenario)) {
			EmbeddingStore.Stored vector = stored.get(text.kind());
			if (vector != null && vector.textHash().equals(text.hash())) {
				current.put(text.kind(), vector.vector());
			}
		}
		if (current.size() < VectorKind.values().length) {
			requestAfterCommit(scenario.getId());
		}
		return current;
	}

	private void requestAfterCommit(long scenarioId) {
		EmbeddingWorker worker = this.worker.getIfAvailable();
		if (worker == null) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					worker.request(scenarioId);
				}
			});
		}
		else {
			worker.request(scenarioId);
		}
	}

}
