package com.casebook.search;

/**
 * A published scenario resembling a text, with how strongly: the share of the best score
 * the text could get, from 0 (nothing shared) to 1.
 */
public record SimilarScenario(long id, String title, float score) {
}
