package com.casebook.report;

import java.util.Arrays;
import java.util.Optional;

/**
 * The charts of the reports dashboard, in the order the page shows them. The slug names a
 * chart in its URL ({@code /reports/<slug>.csv}), its messages ({@code reports.<slug>})
 * and its {@link Chart#name()}.
 */
public enum ReportChart {

	ACTIVITY("activity"), BY_CATEGORY("by-category"), BY_TAG("by-tag"), TIME_TO_PUBLISH("time-to-publish"),
	TOP_CONTRIBUTORS("top-contributors"), MOST_VIEWED("most-viewed"), MOST_APPLIED("most-applied"),
	ZERO_RESULTS("zero-results"),
	/** A list of scenarios rather than numbers: shown as an open table, never drawn. */
	STALE("stale", true),
	/** A list of scenarios rather than numbers: shown as an open table, never drawn. */
	SOP_CANDIDATES("sop-candidates", true);

	private final String slug;

	private final boolean tableOnly;

	ReportChart(String slug) {
		this(slug, false);
	}

	ReportChart(String slug, boolean tableOnly) {
		this.slug = slug;
		this.tableOnly = tableOnly;
	}

	public String slug() {
		return this.slug;
	}

	public boolean tableOnly() {
		return this.tableOnly;
	}

	public static Optional<ReportChart> bySlug(String slug) {
		return Arrays.stream(values()).filter(chart -> chart.slug.equals(slug)).findFirst();
	}

}
