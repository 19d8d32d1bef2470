package com.casebook.revision;

import java.time.Instant;

/**
 * One line of a history: which text it is (the scenario's, or solution
 * {@code solutionLabel}), its number, who saved it, when and why.
 */
public record RevisionEntry(long id, long scenarioId, String scenarioTitle, Long solutionId, int solutionLabel,
		int number, String authorName, String summary, Instant createdAt, boolean current) {

	public boolean isOfSolution() {
		return this.solutionId != null;
	}

}
