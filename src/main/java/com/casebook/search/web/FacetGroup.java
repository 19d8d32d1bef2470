package com.casebook.search.web;

import java.util.List;

import com.casebook.search.SearchFacet;

/**
 * One facet of the search page as shown: its values with counts and where a click leads.
 */
public record FacetGroup(SearchFacet facet, List<Option> options) {

	public record Option(long id, String label, long count, boolean selected, String href) {
	}

	public String messageKey() {
		return "search.facet." + this.facet.parameter();
	}

}
