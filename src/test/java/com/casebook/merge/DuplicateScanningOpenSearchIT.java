package com.casebook.merge;

import com.casebook.search.cluster.OpenSearchCluster;

import org.springframework.test.context.ContextConfiguration;

/**
 * The duplicate scan after a commit, imported scenarios included, the tests of
 * {@link DuplicateScanningTest} on a real OpenSearch cluster ({@link OpenSearchCluster})
 * instead of the embedded Lucene index.
 */
@ContextConfiguration(initializers = OpenSearchCluster.Initializer.class)
class DuplicateScanningOpenSearchIT extends DuplicateScanningTest {

}
