package com.casebook.search;

import com.casebook.search.cluster.OpenSearchCluster;

import org.springframework.test.context.ContextConfiguration;

/**
 * Suggestions as you type, the tests of {@link SuggestionsTest} on a real OpenSearch
 * cluster ({@link OpenSearchCluster}) instead of the embedded Lucene index.
 */
@ContextConfiguration(initializers = OpenSearchCluster.Initializer.class)
class SuggestionsOpenSearchIT extends SuggestionsTest {

}
