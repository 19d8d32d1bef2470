package com.casebook.scenario;

/**
 * The text of a solution was saved as revision {@code number}. Published inside the
 * saving transaction.
 */
public record SolutionRevised(long scenarioId, long solutionId, int number, long editorId, String summary,
		SolutionContent content) {
}
