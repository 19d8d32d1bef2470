package com.casebook.revision;

/**
 * Someone restored an older revision of a scenario's text ({@code solutionId} null) or of
 * a solution: {@code revertedNumbers} are the revisions whose changes were undone.
 */
public record RevisionReverted(long scenarioId, Long solutionId, int restoredNumber,
		java.util.List<Integer> revertedNumbers, long editorId) {
}
