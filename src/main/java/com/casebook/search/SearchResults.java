package com.casebook.search;

import java.util.List;

public record SearchResults(String query, long total, List<SearchHit> hits, int page, int size) {

	public int totalPages() {
		return (int) Math.min(Integer.MAX_VALUE, (this.total + this.size - 1) / this.size);
	}

	public boolean isEmpty() {
		return this.hits.isEmpty();
	}

}
