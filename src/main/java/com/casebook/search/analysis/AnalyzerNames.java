package com.casebook.search.analysis;

/**
 * Names under which {@link CasebookAnalysisConfigurer} registers analysis with Hibernate
 * Search, for use in the index mapping.
 */
public final class AnalyzerNames {

	/** Chinese words (smartcn), Traditional folded to Simplified; Latin words stemmed. */
	public static final String CHINESE = "chinese";

	/** Overlapping pairs of Chinese characters, for words the segmenter gets wrong. */
	public static final String CJK_BIGRAM = "cjk_bigram";

	/** Lucene's English analyzer: stop words, possessives, Porter stemming. */
	public static final String ENGLISH = "english";

	/** Normalizer for keyword fields used to sort. */
	public static final String SORT = "sort";

	private AnalyzerNames() {
	}

}
