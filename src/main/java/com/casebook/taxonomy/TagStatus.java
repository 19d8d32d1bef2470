package com.casebook.taxonomy;

/**
 * Proposed tags are usable on their proposer's scenario at once but wait for an editor;
 * retired tags stay on old scenarios and are hidden from pickers; a merged tag lives on
 * as synonyms of the tag it was merged into, and its links lead there.
 */
public enum TagStatus {

	ACTIVE, PROPOSED, RETIRED, MERGED;

	// for templates: ${tag.status.active} instead of comparing names

	public boolean isActive() {
		return this == ACTIVE;
	}

	public boolean isMerged() {
		return this == MERGED;
	}

}
