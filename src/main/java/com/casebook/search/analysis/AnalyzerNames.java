package com.casebook.search.analysis;

public final class AnalyzerNames {

	public static final String CHINESE = "chinese";

	public static final String CJK_BIGRAM = "cjk_bigram";

	public static final String ENGLISH = "english";

	public static final String SORT = "sort";

	private AnalyzerNames() {
	}

}
