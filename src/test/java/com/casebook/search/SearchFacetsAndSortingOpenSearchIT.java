package com.casebook.search;

import com.casebook.search.cluster.OpenSearchCluster;

import org.springframework.test.context.ContextConfiguration;

/**
 * Facets, filters and sorts, the tests of {@link SearchFacetsAndSortingTest} on a real
 * OpenSearch cluster ({@link OpenSearchCluster}) instead of the embedded Lucene index.
 */
@ContextConfiguration(initializers = OpenSearchCluster.Initializer.class)
class SearchFacetsAndSortingOpenSearchIT extends SearchFacetsAndSortingTest {

}
