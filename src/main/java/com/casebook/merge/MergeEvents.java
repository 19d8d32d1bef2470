package com.casebook.merge;

import java.util.Set;

/** Merges as other modules (points, audit, notifications) see them. */
public final class MergeEvents {

	private MergeEvents() {
	}

	/** {@code flaggedBy}: the people who had flagged the source as a duplicate of the target. */
	public record ScenariosMerged(long mergeId, long targetId, long sourceId, long editorId, Set<Long> flaggedBy) {
	}

	public record MergeUndone(long mergeId, long targetId, long sourceId, long editorId) {
	}

}
