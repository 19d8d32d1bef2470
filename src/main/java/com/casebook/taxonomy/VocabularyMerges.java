package com.casebook.taxonomy;

/**
 * Merges in the vocabulary that move what scenarios are filed under. The taxonomy owns
 * the vocabulary, not the scenarios: it announces the merge inside its transaction, and
 * the scenario module refiles its scenarios through their aggregate in that same
 * transaction (so each scenario's version check applies, and a failing refile undoes the
 * merge).
 */
public final class VocabularyMerges {

	private VocabularyMerges() {
	}

	/** Tag {@code sourceId} was merged into {@code targetId}: retag every scenario. */
	public record TagsMerged(long sourceId, long targetId) {
	}

	/**
	 * Category {@code sourceId} was merged into {@code targetId}: file its scenarios
	 * under the target.
	 */
	public record CategoryMerged(long sourceId, long targetId) {
	}

}
