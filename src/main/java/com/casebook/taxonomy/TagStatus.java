package com.casebook.taxonomy;

/**
 * Proposed tags are usable on their proposer's scenario at once but wait for an editor; retired
 * tags stay on old scenarios and are hidden from pickers.
 */
public enum TagStatus {

	ACTIVE, PROPOSED, RETIRED

}
