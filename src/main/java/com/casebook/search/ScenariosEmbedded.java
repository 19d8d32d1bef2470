package com.casebook.search;

import java.util.List;

/**
 * New vectors were stored for these scenarios (a new or changed text) and are in the
 * index: what compares scenarios by meaning can compare them now. Published on the
 * embedding worker's thread, outside any transaction.
 */
public record ScenariosEmbedded(List<Long> scenarioIds) {
}
