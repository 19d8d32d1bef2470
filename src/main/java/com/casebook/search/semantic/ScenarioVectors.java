package com.casebook.search.semantic;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What indexing asks of the semantic side: the stored vector of a scenario's current
 * text, and, when there is none, that the worker compute it once the change is committed
 * (never inside the saving request).
 */
@Component
public class ScenarioVectors {

	private final EmbeddingStore store;

	private final ObjectProvider<EmbeddingWorker> worker;

	ScenarioVectors(EmbeddingStore store, ObjectProvider<EmbeddingWorker> worker) {
		this.store = store;
		this.worker = worker;
	}

	float[] storedFor(ScenarioText text) {
		float[] vector = this.store.vector(text.scenarioId(), text.hash());
		if (vector == null) {
			requestAfterCommit(text.scenarioId());
		}
		return vector;
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
