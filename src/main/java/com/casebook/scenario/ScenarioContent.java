package com.casebook.scenario;

import java.util.Set;

/**
 * The template fields of a scenario, as written by a person.
 */
public record ScenarioContent(String title, String situation, Long categoryId, Long channelId, Long businessLineId,
		Set<Long> kpiIds, Set<Long> tagIds, Frequency frequency, Severity severity) {

	/** The template's limits, shared by the form and the import. */
	public static final int MAX_TITLE = 200;

	public static final int MAX_SITUATION = 20000;

	public ScenarioContent {
		kpiIds = kpiIds == null ? Set.of() : Set.copyOf(kpiIds);
		tagIds = tagIds == null ? Set.of() : Set.copyOf(tagIds);
	}

}
