package com.casebook.search;

import com.casebook.search.cluster.OpenSearchCluster;

import org.springframework.test.context.ContextConfiguration;

/**
 * Search, highlights and Traditional folding, the tests of {@link ScenarioSearchTest} on
 * a real OpenSearch cluster ({@link OpenSearchCluster}) instead of the embedded Lucene
 * index.
 */
@ContextConfiguration(initializers = OpenSearchCluster.Initializer.class)
class ScenarioSearchOpenSearchIT extends ScenarioSearchTest {

}
