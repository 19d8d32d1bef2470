package com.casebook.search;

import java.util.List;
import java.util.UUID;

import com.casebook.scenario.ScenarioLifecycleEvents.MeasurementConfirmed;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An editor's confirmation of an outlier changes what a scenario measurably improves
 * without changing the scenario: its document is written again once the confirmation has
 * committed (recorded in the {@link IndexOutbox} meanwhile, so a crash in between is
 * caught up at the next start).
 */
@Component
class MeasuredEffectReindexing {

	private final IndexOutbox outbox;

	private final ScenarioReindexing reindexing;

	MeasuredEffectReindexing(IndexOutbox outbox, ScenarioReindexing reindexing) {
		this.outbox = outbox;
		this.reindexing = reindexing;
	}

	@EventListener
	public void on(MeasurementConfirmed confirmed) {
		List<Long> ids = List.of(confirmed.scenarioId());
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.reindexing.reindex(ids);
			return;
		}
		UUID batch = this.outbox.record(ids);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				MeasuredEffectReindexing.this.reindexing.reindex(ids);
				MeasuredEffectReindexing.this.outbox.indexed(batch);
			}
		});
	}

}
