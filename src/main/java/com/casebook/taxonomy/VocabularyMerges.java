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

	/**
	 * Tag {@code sourceId} was merged into {@code targetId} by {@code curatorId}: retag
	 * every scenario. The names are those before the merge, for the scenarios' history.
	 */
	public record TagsMerged(long sourceId, long targetId, LocalizedName source, LocalizedName target, long curatorId) {
	}

	/**
	 * Category {@code sourceId} was merged into {@code targetId} by {@code curatorId}:
	 * file its scenarios under the target. The names are those before the merge.
	 */
	public record CategoryMerged(long sourceId, long targetId, LocalizedName source, LocalizedName target,
			long curatorId) {
	}

}
