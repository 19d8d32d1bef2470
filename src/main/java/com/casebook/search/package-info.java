/**
 * Full-text search over the catalogue: the Lucene index of scenarios (mapped here, so the
 * scenario module knows nothing of search), Chinese analysis, the search page and the
 * rebuilding of the index; suggestions, similar scenarios, tag pages, the query log and
 * the knowledge-gaps page.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "database", "scenario", "taxonomy", "user", "web" })
package com.casebook.search;
