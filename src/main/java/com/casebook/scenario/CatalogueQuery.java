package com.casebook.scenario;

/**
 * What the catalogue is narrowed to: a category (with its sub-categories) or a tag, a page.
 */
public record CatalogueQuery(Long categoryId, Long tagId, int page, int size) {

	public CatalogueQuery {
		page = Math.max(page, 0);
		size = (size <= 0 || size > 100) ? 20 : size;
	}

}
