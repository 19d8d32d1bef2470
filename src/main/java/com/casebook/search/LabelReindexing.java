package com.casebook.search;

import java.util.List;

import jakarta.persistence.EntityManager;

import com.casebook.scenario.Scenario;
import com.casebook.taxonomy.LabelsChanged;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Scenarios carry taxonomy ids, but their documents carry the names (see TaxonomyLabelsBinder),
 * which Hibernate Search cannot see change. When names change, the scenarios filed under them are
 * reindexed once the change is committed: only those, selected in the database and indexed in
 * batches (replacing their documents, unlike a mass indexer without purge, which would add).
 */
@Component
class LabelReindexing {

	private static final Logger log = LoggerFactory.getLogger(LabelReindexing.class);

	private static final int BATCH = 200;

	private final EntityManager entityManager;

	LabelReindexing(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(LabelsChanged change) {
		if (change.ids().isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		List<Long> ids = this.entityManager
			.createQuery("select e.id from Scenario e where " + condition(change.kind()), Long.class)
			.setParameter("ids", change.ids())
			.getResultList();
		SearchIndexingPlan plan = Search.session(this.entityManager).indexingPlan();
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Scenario> batch = this.entityManager
				.createQuery("select e from Scenario e where e.id in (:ids)", Scenario.class)
				.setParameter("ids", ids.subList(from, Math.min(from + BATCH, ids.size())))
				.getResultList();
			batch.forEach(plan::addOrUpdate);
			plan.execute();
			this.entityManager.clear();
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
