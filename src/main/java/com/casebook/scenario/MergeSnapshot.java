package com.casebook.scenario;

import java.util.List;

/**
 * What a merge changed, so that it can be undone: the target's template fields before,
 * the source's status before, and what moved from the source to the target.
 */
public record MergeSnapshot(long targetId, long sourceId, ScenarioStatus sourceStatusBefore,
		ScenarioContent targetBefore, List<Long> movedSolutionIds, List<Long> movedCommentIds,
		Long unadoptedSolutionId) {

	public MergeSnapshot {
		movedSolutionIds = List.copyOf(movedSolutionIds);
		movedCommentIds = List.copyOf(movedCommentIds);
	}

}
