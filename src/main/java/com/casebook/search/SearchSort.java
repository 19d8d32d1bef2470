package com.casebook.search;

import java.util.Locale;

/** The orders a result list can be shown in. */
public enum SearchSort {

	RELEVANCE, NEWEST, MOST_APPLIED;

	public String parameter() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * Unknown or missing values fall back to relevance rather than failing the search.
	 */
	public static SearchSort fromParameter(String value) {
		for (SearchSort sort : values()) {
			if (sort.parameter().equalsIgnoreCase(value == null ? "" : value.trim())) {
				return sort;
			}
		}
		return RELEVANCE;
	}

}
