package com.casebook.importer;

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

	public record SolutionRecord(String actions, String effect, String prevention, String author, boolean adopted) {
	}

}
