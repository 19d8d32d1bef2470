package com.casebook.scenario;

import java.util.List;

import com.casebook.user.FigureCache;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * How many published scenarios each catalogue filter holds, from memory until a scenario
 * is written (see {@link FigureCache}). Every catalogue page shows the count and its
 * pager needs it; on 100,000 scenarios counting took PostgreSQL 40 ms of a core per page,
 * more than the rest of the page, and the figure only changes when a scenario does.
 */
@Component
class CatalogueCounts {

	private final ScenarioRepository scenarios;

	private final FigureCache<Filter, Long> counts = new FigureCache<>();

	CatalogueCounts(ScenarioRepository scenarios) {
		this.scenarios = scenarios;
	}

	/**
	 * The count of what the filter keeps; {@code categoryIds} the category asked for and
	 * those under it, or null.
	 */
	long count(CatalogueQuery query, List<Long> categoryIds, Specification<Scenario> filter) {
		Filter key = new Filter(categoryIds, query.tagId(), query.channelId(), query.businessLineId(), query.kpiId());
		return this.counts.get(key, () -> this.scenarios.count(filter));
	}

	/** Moves on with every scenario written (now and when its transaction ends). */
	long writes() {
		return this.counts.changes();
	}

	void scenarioWritten() {
		this.counts.changedAll();
	}

	/** The filters a count depends on (not the order or the page). */
	private record Filter(List<Long> categoryIds, Long tagId, Long channelId, Long businessLineId, Long kpiId) {
	}

}
