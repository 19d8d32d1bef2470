package com.casebook.taxonomy;

import java.util.Map;
import java.util.Set;

/**
 * How many scenarios are filed under the vocabulary, for the curation pages and their
 * rules (a category holding scenarios is not deleted). The taxonomy cannot depend on the
 * scenario module (which depends on it), so it declares what it needs and the scenario
 * module answers.
 */
public interface FiledScenarios {

	/** Scenarios (any status) per category that holds any. */
	Map<Long, Long> countsByCategory();

	/** Scenarios (any status) filed under one of these categories. */
	long countIn(Set<Long> categoryIds);

	/** Published scenarios per tag that any carries. */
	Map<Long, Long> publishedCountsByTag();

	/**
	 * Scenarios (any status) tagged {@code sourceId} but not yet {@code targetId}: those
	 * a merge of the two tags retags.
	 */
	long countToRetag(long sourceId, long targetId);

}
