package com.casebook.revision;

import java.util.List;

/**
 * Someone restored an older revision of a scenario's text ({@code solutionId} null) or of
 * a solution: {@code revertedNumbers} are the revisions whose changes were undone.
 */
public record RevisionReverted(long scenarioId, Long solutionId, int restoredNumber, List<Integer> revertedNumbers,
		long editorId) {
}
