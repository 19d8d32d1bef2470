package com.casebook.merge;

import java.util.Set;

import com.casebook.scenario.ScenarioStatus;

/** Merges as other modules (points, audit, notifications) see them. */
public final class MergeEvents {

	private MergeEvents() {
	}

	/**
	 * {@code flaggedBy}: the people who had flagged the source as a duplicate of the
	 * target; {@code sourceStatusBefore}: what the source was before it became merged.
	 */
	public record ScenariosMerged(long mergeId, long targetId, long sourceId, long editorId, Set<Long> flaggedBy,
			ScenarioStatus sourceStatusBefore) {
	}

	public record MergeUndone(long mergeId, long targetId, long sourceId, long editorId) {
	}

}
