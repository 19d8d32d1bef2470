package com.casebook.search;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Hibernate Search's backend settings for the backend {@link SearchBackend} chose. With
 * {@code casebook.search.uris} set, the Elasticsearch backend talks to the OpenSearch
 * cluster (its version is read from the cluster at start-up) with the analysis of
 * {@code OpenSearchAnalysisConfigurer}, and the Lucene index's own settings are dropped.
 * {@code casebook.search.coordination=outbox-polling} makes the nodes coordinate indexing
 * through the database: a change committed on one node is indexed once, by whichever node
 * the outbox assigns it to.
 */
@Component
class SearchBackendSettings implements HibernatePropertiesCustomizer {

	static final String PREFIX = "hibernate.search.";

	static final String OUTBOX_POLLING = "outbox-polling";

	private final SearchBackend backend;

	private final String coordination;

	private final String indexPrefix;

	SearchBackendSettings(SearchBackend backend, @Value("${casebook.search.coordination:none}") String coordination,
			@Value("${casebook.search.index-prefix:}") String indexPrefix) {
		this.backend = backend;
		this.coordination = coordination.strip();
		this.indexPrefix = indexPrefix.strip();
	}

	@Override
	public void customize(Map<String, Object> properties) {
		if (this.backend.isCluster()) {
			properties.keySet()
				.removeIf(key -> key.startsWith(PREFIX + "backend.directory.")
						|| key.equals(PREFIX + "backend.lucene_version"));
			properties.put(PREFIX + "backend.type", "elasticsearch");
			properties.put(PREFIX + "backend.uris", String.join(",", this.backend.uris()));
			properties.put(PREFIX + "backend.analysis.configurer", "bean:openSearchAnalysisConfigurer");
			// the index is created or updated at start-up, as the Lucene one: wait for
			// it to be usable
			properties.put(PREFIX + "backend.schema_management.minimal_required_status", "yellow");
			if (!this.indexPrefix.isEmpty()) {
				properties.put(PREFIX + "backend.layout.strategy", new PrefixedIndexLayout(this.indexPrefix));
			}
		}
		if (OUTBOX_POLLING.equalsIgnoreCase(this.coordination)) {
			properties.put(PREFIX + "coordination.strategy", "outbox-polling");
			// events are always processed asynchronously, by whichever node polls them:
			// no synchronization strategy may be set (blank counts as unset; removing the
			// key is not enough, Boot passes spring.jpa.properties on as they are)
			properties.put(PREFIX + "indexing.plan.synchronization.strategy", "");
		}
	}

}
