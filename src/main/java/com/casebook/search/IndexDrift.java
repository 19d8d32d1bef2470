package com.casebook.search;

import java.util.Set;

/**
 * What comparing the index with the database found.
 *
 * @param compared scenarios in the database
 * @param stale scenarios whose document is missing or was built from other versions
 * @param orphans documents of scenarios no longer in the database
 * @param millis how long the comparison took
 */
public record IndexDrift(int compared, Set<Long> stale, Set<Long> orphans, long millis) {

	boolean none() {
		return this.stale.isEmpty() && this.orphans.isEmpty();
	}

}
