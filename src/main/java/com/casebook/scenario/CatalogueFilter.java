package com.casebook.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * The catalogue's filters as one JPA specification over published scenarios.
 */
final class CatalogueFilter {

	private CatalogueFilter() {
	}

	static Specification<Scenario> of(CatalogueQuery query, Collection<Long> categoryIds) {
		return of(query, categoryIds, null);
	}

	/** {@code improving}: the scenarios improving the KPI asked for, or null. */
	static Specification<Scenario> of(CatalogueQuery query, Collection<Long> categoryIds, Collection<Long> improving) {
		return (root, criteria, builder) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(builder.equal(root.get("status"), ScenarioStatus.PUBLISHED));
			if (categoryIds != null) {
				where.add(root.get("categoryId").in(categoryIds));
			}
			if (query.channelId() != null) {
				where.add(builder.equal(root.get("channelId"), query.channelId()));
			}
			if (query.businessLineId() != null) {
				where.add(builder.equal(root.get("businessLineId"), query.businessLineId()));
			}
			if (query.tagId() != null) {
				where.add(builder.isMember(query.tagId(), root.get("tagIds")));
			}
			if (query.kpiId() != null) {
				where.add(builder.isMember(query.kpiId(), root.get("kpiIds")));
			}
			if (improving != null) {
				where.add(improving.isEmpty() ? builder.disjunction() : root.get("id").in(improving));
			}
			return builder.and(where.toArray(Predicate[]::new));
		};
	}

}
