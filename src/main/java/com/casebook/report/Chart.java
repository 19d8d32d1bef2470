package com.casebook.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One chart's data: labels along the axis and one or more series of numbers. The page
 * draws it and lists it as a table, the CSV download writes it; all three come from this
 * one object.
 */
public record Chart(String name, String type, List<String> labels, List<Series> series, boolean seriesNamesAreKeys) {

	public record Series(String name, List<Number> values) {
	}

	/** Whether the page shows this chart as an open table only, never drawn. */
	public boolean tableOnly() {
		return ReportChart.bySlug(this.name).map(ReportChart::tableOnly).orElse(false);
	}

	/**
	 * The chart as CSV: a header of the series names, then one line per label. A missing
	 * value (no data that month) is an empty cell.
	 */
	public List<List<String>> rows(Function<String, String> seriesName) {
		List<List<String>> rows = new ArrayList<>();
		List<String> header = new ArrayList<>();
		header.add("");
		this.series.forEach(s -> header.add(this.seriesNamesAreKeys ? seriesName.apply(s.name()) : s.name()));
		rows.add(header);
		for (int i = 0; i < this.labels.size(); i++) {
			List<String> row = new ArrayList<>();
			row.add(this.labels.get(i));
			for (Series s : this.series) {
				Number value = s.values().get(i);
				row.add(value == null ? "" : String.valueOf(value));
			}
			rows.add(row);
		}
		return rows;
	}

}
