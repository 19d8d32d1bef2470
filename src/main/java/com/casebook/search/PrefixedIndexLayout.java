package com.casebook.search;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Hibernate Search's simple layout (index {@code scenario-000001} behind the aliases
 * {@code scenario-read} and {@code scenario-write}) with a prefix before every name, so
 * that several Casebook installations (or test runs on separate databases) can share one
 * OpenSearch cluster: {@code casebook.search.index-prefix}.
 */
final class PrefixedIndexLayout implements IndexLayoutStrategy {

	private final String prefix;

	PrefixedIndexLayout(String prefix) {
		this.prefix = prefix;
	}

	@Override
	public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName + "-000001";
	}

	@Override
	public String createWriteAlias(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName + "-write";
	}

	@Override
	public String createReadAlias(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName + "-read";
	}

	@Override
	public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
		return this.prefix + hibernateSearchIndexName;
	}

	@Override
	public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
		return elasticsearchIndexName.replaceFirst("-\\d+$", "");
	}

}
