package com.casebook.search.semantic;

import java.time.Instant;

/**
 * The background embedding's progress: vectors computed since start and asked for,
 * scenarios still waiting, vectors of the current model stored in all, out of how many
 * scenarios, when the last batch was stored (null: none since start) and how many
 * scenarios a second the model embedded, over this run's batches.
 */
public record EmbeddingProgress(long computed, long requested, int waiting, long stored, long scenarios,
		Instant lastBatchAt, double perSecond) {

	public String model() {
		return TextEmbedding.MODEL;
	}

	/** Whether the model is loaded, so queries have a semantic leg. */
	public boolean modelLoaded() {
		return TextEmbedding.isLoaded();
	}

}
