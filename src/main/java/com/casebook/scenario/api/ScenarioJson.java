package com.casebook.scenario.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A scenario as other tools read it.
 */
record ScenarioJson(long id, String title, String situation, String status, String category, String channel,
		String businessLine, List<String> kpis, List<String> tags, String frequency, String severity, String author,
		int revision, long views, int applied, Instant createdAt, Instant updatedAt, List<SolutionJson> solutions,
		String url) {

	/**
	 * {@code measurements}: the figures of the solution's text (the JSON Lines format's);
	 * {@code evidence}: per KPI, every report (those of "I applied this" included) summed
	 * up by the median.
	 */
	record SolutionJson(long id, String actions, String effect, String prevention, String author, boolean adopted,
			int revision, int applied, List<MeasurementJson> measurements, List<EvidenceJson> evidence) {
	}

	record MeasurementJson(String kpi, BigDecimal before, BigDecimal after, String unit, String period, String site,
			String reportedBy) {
	}

	/**
	 * {@code medianChange} in {@code unit}; {@code medianRelativeChange} in percent of
	 * the value before; {@code verdict} BETTER, WORSE or SAME by the KPI's direction.
	 */
	record EvidenceJson(String kpi, int reports, int sites, String unit, BigDecimal medianBefore,
			BigDecimal medianAfter, BigDecimal medianChange, Long medianRelativeChange, String verdict) {
	}

}
