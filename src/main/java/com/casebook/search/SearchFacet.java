package com.casebook.search;

/**
 * The ways search results can be narrowed, each backed by an aggregable keyword field and
 * a request parameter of the same name on the search page and the API.
 */
public enum SearchFacet {

	TAG("tag"), CATEGORY("category"), CHANNEL("channel"), BUSINESS_LINE("businessLine"), KPI("kpi"),
	/**
	 * The KPIs a solution of the scenario measurably improves: its trusted median change
	 * (outliers count once an editor confirms them) is better by the KPI's direction.
	 */
	IMPROVES("improves"),
	/** Whether an editor has adopted one of the solutions as the recommended practice. */
	ADOPTED("adopted");

	private final String parameter;

	SearchFacet(String parameter) {
		this.parameter = parameter;
	}

	public String parameter() {
		return this.parameter;
	}

	String field() {
		return "facet_" + this.parameter;
	}

	/**
	 * Category, channel and business line describe a scenario once; tags and KPIs are
	 * lists.
	 */
	public boolean isIdFacet() {
		return this != ADOPTED;
	}

}
