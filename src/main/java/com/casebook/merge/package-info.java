/**
 * Curation of duplicates: merging a scenario into the one it duplicates (and undoing it),
 * the queue of likely duplicate pairs found by the search engine or flagged by people,
 * and merging two solutions of one scenario.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "scenario", "search", "user" })
package com.casebook.merge;
