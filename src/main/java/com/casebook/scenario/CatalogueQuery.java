package com.casebook.scenario;

/**
 * What the catalogue is narrowed to (a category with its sub-categories, a tag, a
 * channel, a business line, a KPI, a KPI a solution measurably improves), in which order,
 * which page.
 */
public record CatalogueQuery(Long categoryId, Long tagId, Long channelId, Long businessLineId, Long kpiId,
		Long improvesKpiId, CatalogueSort sort, int page, int size) {

	/** Far past any real catalogue, and small enough that the row offset stays an int. */
	public static final int MAX_PAGE = 100_000;

	/** The most scenarios one page holds. */
	public static final int MAX_SIZE = 100;

	public CatalogueQuery {
		size = (size <= 0 || size > MAX_SIZE) ? 20 : size;
		page = Math.min(Math.max(page, 0), MAX_PAGE);
		sort = sort == null ? CatalogueSort.UPDATED : sort;
	}

	public CatalogueQuery(Long categoryId, Long tagId, Long channelId, Long businessLineId, Long kpiId,
			CatalogueSort sort, int page, int size) {
		this(categoryId, tagId, channelId, businessLineId, kpiId, null, sort, page, size);
	}

	public CatalogueQuery(Long categoryId, Long tagId, int page, int size) {
		this(categoryId, tagId, null, null, null, CatalogueSort.UPDATED, page, size);
	}

	/**
	 * How many of the filter form's choices differ from "any, most recently updated": the
	 * folded form on a phone shows this number and stays open when it is not zero.
	 */
	public int formChoices() {
		int choices = (this.sort == CatalogueSort.UPDATED) ? 0 : 1;
		for (Long choice : new Long[] { this.channelId, this.businessLineId, this.kpiId, this.improvesKpiId }) {
			if (choice != null) {
				choices++;
			}
		}
		return choices;
	}

}
