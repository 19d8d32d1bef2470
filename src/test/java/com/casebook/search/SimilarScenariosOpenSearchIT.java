package com.casebook.search;

import com.casebook.search.cluster.OpenSearchCluster;

import org.springframework.test.context.ContextConfiguration;

/**
 * Similar scenarios (More Like This through term vectors), the tests of
 * {@link SimilarScenariosTest} on a real OpenSearch cluster ({@link OpenSearchCluster})
 * instead of the embedded Lucene index.
 */
@ContextConfiguration(initializers = OpenSearchCluster.Initializer.class)
class SimilarScenariosOpenSearchIT extends SimilarScenariosTest {

}
