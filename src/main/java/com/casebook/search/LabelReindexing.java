package com.casebook.search;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import com.casebook.taxonomy.LabelsChanged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Scenarios carry taxonomy ids, but their documents carry the names (see
 * TaxonomyLabelsBinder), which Hibernate Search cannot see change. When names change, the
 * scenarios filed under them are written to the {@link IndexOutbox} in the renaming
 * transaction, and reindexed once it has committed; a crash in between leaves them in the
 * outbox for the next start.
 */
@Component
class LabelReindexing {

	private static final Logger log = LoggerFactory.getLogger(LabelReindexing.class);

	private final EntityManager entityManager;

	private final IndexOutbox outbox;

	private final ScenarioReindexing reindexing;

	LabelReindexing(EntityManager entityManager, IndexOutbox outbox, ScenarioReindexing reindexing) {
		this.entityManager = entityManager;
		this.outbox = outbox;
		this.reindexing = reindexing;
	}

	@EventListener
	public void on(LabelsChanged change) {
		if (change.ids().isEmpty()) {
			return;
		}
		List<Long> ids = this.entityManager
			.createQuery("select e.id from Scenario e where " + condition(change.kind()), Long.class)
			.setParameter("ids", change.ids())
			.getResultList();
		if (ids.isEmpty()) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			reindex(change, ids, null);
			return;
		}
		UUID batch = this.outbox.record(ids);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				reindex(change, ids, batch);
			}
		});
	}

	private void reindex(LabelsChanged change, List<Long> ids, UUID batch) {
		long started = System.nanoTime();
		this.reindexing.reindex(ids);
		if (batch != null) {
			this.outbox.indexed(batch);
		}
		log.info("Reindexed {} scenarios filed under {} {} in {} ms", ids.size(), change.kind(), change.ids(),
				(System.nanoTime() - started) / 1_000_000);
	}

	private static String condition(LabelsChanged.Kind kind) {
		switch (kind) {
			case CATEGORY:
				return "e.categoryId in (:ids)";
			case TAG:
				return "exists (select 1 from Scenario s join s.tagIds t where s = e and t in (:ids))";
			default:
				return "e.channelId in (:ids) or e.businessLineId in (:ids) "
						+ "or exists (select 1 from Scenario s join s.kpiIds k where s = e and k in (:ids))";
		}
	}

}
