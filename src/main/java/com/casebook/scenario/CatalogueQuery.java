package com.casebook.scenario;

/**
 * What the catalogue is narrowed to (a category with its sub-categories, a tag, a channel, a
 * business line, a KPI), in which order, which page.
 */
public record CatalogueQuery(Long categoryId, Long tagId, Long channelId, Long businessLineId, Long kpiId,
		CatalogueSort sort, int page, int size) {

	public CatalogueQuery {
		page = Math.max(page, 0);
		size = (size <= 0 || size > 100) ? 20 : size;
		sort = sort == null ? CatalogueSort.UPDATED : sort;
	}

	public CatalogueQuery(Long categoryId, Long tagId, int page, int size) {
		this(categoryId, tagId, null, null, null, CatalogueSort.UPDATED, page, size);
	}

}
