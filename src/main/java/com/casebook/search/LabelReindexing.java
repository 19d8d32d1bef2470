package com.casebook.search;

import jakarta.persistence.EntityManager;

import com.casebook.scenario.Scenario;
import com.casebook.taxonomy.LabelsChanged;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Scenarios carry taxonomy ids, but their documents carry the names (see TaxonomyLabelsBinder),
 * which Hibernate Search cannot see change. When names change, the scenarios filed under them are
 * reindexed once the change is committed: only those, selected in the database.
 */
@Component
class LabelReindexing {

	private static final Logger log = LoggerFactory.getLogger(LabelReindexing.class);

	private final EntityManager entityManager;

	LabelReindexing(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(LabelsChanged change) throws InterruptedException {
		if (change.ids().isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		MassIndexer indexer = Search.session(this.entityManager).massIndexer(Scenario.class).purgeAllOnStart(false);
		indexer.type(Scenario.class).reindexOnly(condition(change.kind())).param("ids", change.ids());
		indexer.startAndWait();
		log.info("Reindexed the scenarios filed under {} {} in {} ms", change.kind(), change.ids(),
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
