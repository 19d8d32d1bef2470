package com.casebook.scenario;

import java.util.Set;

/**
 * The template fields of a scenario, as written by a person.
 */
public record ScenarioContent(String title, String situation, Long categoryId, Long channelId, Long businessLineId,
		Set<Long> kpiIds, Set<Long> tagIds, Frequency frequency, Severity severity) {

	public ScenarioContent {
		kpiIds = kpiIds == null ? Set.of() : Set.copyOf(kpiIds);
		tagIds = tagIds == null ? Set.of() : Set.copyOf(tagIds);
	}

}
