package com.casebook.merge;

import com.casebook.search.cluster.OpenSearchCluster;

import org.springframework.test.context.ContextConfiguration;

/**
 * Merging, undoing and the duplicate queue (found, flagged, dismissed), the tests of
 * {@link ScenarioMergeTest} on a real OpenSearch cluster ({@link OpenSearchCluster})
 * instead of the embedded Lucene index.
 */
@ContextConfiguration(initializers = OpenSearchCluster.Initializer.class)
class ScenarioMergeOpenSearchIT extends ScenarioMergeTest {

}
