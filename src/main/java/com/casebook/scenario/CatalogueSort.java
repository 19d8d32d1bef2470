package com.casebook.scenario;

import org.springframework.data.domain.Sort;

/**
 * The orders the catalogue offers. "Most applied" counts "I applied this": the most
 * honest sign that a scenario helps.
 */
public enum CatalogueSort {

	UPDATED(Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"))),
	NEWEST(Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"))),
	MOST_VIEWED(Sort.by(Sort.Order.desc("viewCount"), Sort.Order.desc("id"))),
	MOST_APPLIED(Sort.by(Sort.Order.desc("appliedCount"), Sort.Order.desc("viewCount"), Sort.Order.desc("id"))),
	/**
	 * The best solution's median measured improvement of the KPI filtered on
	 * ("improves"); without that filter, as {@link #UPDATED}.
	 */
	MEASURED_CHANGE(Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));

	private final Sort sort;

	CatalogueSort(Sort sort) {
		this.sort = sort;
	}

	Sort sort() {
		return this.sort;
	}

}
