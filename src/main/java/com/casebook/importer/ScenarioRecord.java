package com.casebook.importer;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of the JSON Lines format. Names (category path, channel, business line, KPIs,
 * tags) are Chinese or English names; unknown ones are created. Only {@code title} is
 * always required; a field left out is empty (a missing {@code adopted} is false).
 */
public record ScenarioRecord(String ref, String title, String situation, String category, String channel,
		String businessLine, List<String> kpis, List<TagRecord> tags, String frequency, String severity, String status,
		String author, List<SolutionRecord> solutions) {

	public ScenarioRecord {
		kpis = kpis == null ? List.of() : kpis;
		tags = tags == null ? List.of() : tags;
		solutions = solutions == null ? List.of() : solutions;
	}

	public record SolutionRecord(String actions, String effect, String prevention, String author, boolean adopted,
			List<MeasurementRecord> measurements) {

		public SolutionRecord {
			measurements = measurements == null ? List.of() : measurements;
		}

		public SolutionRecord(String actions, String effect, String prevention, String author, boolean adopted) {
			this(actions, effect, prevention, author, adopted, List.of());
		}

	}

	/**
	 * A measured effect: {@code kpi} by its Chinese or English name, {@code unit} one of
	 * {@code %}, {@code seconds}, {@code minutes}, {@code count}, {@code score};
	 * {@code site} and {@code reportedBy} (a username; the solution's author when left
	 * out) optional.
	 */
	public record MeasurementRecord(String kpi, BigDecimal before, BigDecimal after, String unit, String period,
			String site, String reportedBy) {
	}

}
