package com.casebook.scenario.api;

import java.time.Instant;
import java.util.List;

/**
 * A scenario as other tools read it.
 */
record ScenarioJson(long id, String title, String situation, String status, String category, String channel,
		String businessLine, List<String> kpis, List<String> tags, String frequency, String severity, String author,
		int revision, long views, int applied, Instant createdAt, Instant updatedAt, List<SolutionJson> solutions,
		String url) {

	record SolutionJson(long id, String actions, String effect, String prevention, String author, boolean adopted,
			int revision, int applied) {
	}

}
