/**
 * Curation of duplicates: merging a scenario into the one it duplicates (and undoing it,
 * from the merge record that keeps the target's template before), and the queue of likely
 * duplicate pairs found by the search engine or flagged by people. Merging two solutions
 * of one scenario belongs to {@code scenario}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "scenario", "search", "user" })
package com.casebook.merge;
