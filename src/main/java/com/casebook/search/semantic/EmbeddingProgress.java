package com.casebook.search.semantic;

/**
 * The background embedding's progress: vectors computed since start and asked for,
 * scenarios still waiting, and vectors of the current model stored in all.
 */
public record EmbeddingProgress(long computed, long requested, int waiting, long stored) {
}
