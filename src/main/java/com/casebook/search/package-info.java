/**
 * Full-text search over the catalogue: the Lucene index of scenarios (mapped here, so the
 * scenario module knows nothing of search), Chinese analysis, the search page and the
 * rebuilding of the index.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "scenario", "taxonomy", "user" })
package com.casebook.search;
