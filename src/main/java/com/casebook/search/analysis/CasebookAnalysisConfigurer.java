package com.casebook.search.analysis;

import org.apache.lucene.analysis.icu.ICUFoldingFilterFactory;
import org.apache.lucene.analysis.icu.ICUTransformFilterFactory;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Registers Casebook's analyzers with Hibernate Search, by the names in
 * {@link AnalyzerNames}. Referenced from
 * {@code hibernate.search.backend.analysis.configurer}.
 * <p>
 * No separate query-side analyzer is registered: every analyzer here is deterministic and
 * gives a query the tokens the same text got when indexed, which is what matching needs.
 * <p>
 * {@code casebook.search.analysis=standard} registers Lucene's plain
 * {@link StandardAnalyzer} under every analyzer name instead. It exists only as the
 * baseline the relevance tests measure Casebook's analysis against (see docs/search.md);
 * an index built one way must not be searched the other way, so it is not meant for a
 * persistent index.
 */
@Component("casebookAnalysisConfigurer")
public class CasebookAnalysisConfigurer implements LuceneAnalysisConfigurer {

	static final String STANDARD = "standard";

	private final boolean standard;

	public CasebookAnalysisConfigurer(@Value("${casebook.search.analysis:casebook}") String analysis) {
		this.standard = STANDARD.equalsIgnoreCase(analysis.trim());
	}

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		if (this.standard) {
			context.analyzer(AnalyzerNames.CHINESE).instance(new StandardAnalyzer());
			context.analyzer(AnalyzerNames.CJK_BIGRAM).instance(new StandardAnalyzer());
			context.analyzer(AnalyzerNames.ENGLISH).instance(new StandardAnalyzer());
		}
		else {
			context.analyzer(AnalyzerNames.CHINESE).instance(new ChineseAnalyzer());
			context.analyzer(AnalyzerNames.CJK_BIGRAM).instance(new CjkBigramAnalyzer());
			context.analyzer(AnalyzerNames.ENGLISH).instance(new EnglishTextAnalyzer());
		}
		// Traditional and Simplified spellings of a title sort together; ICU folding also
		// covers
		// case, width and accents, so no separate lower-casing is needed
		context.normalizer(AnalyzerNames.SORT)
			.custom()
			.tokenFilter(ICUTransformFilterFactory.class)
			.param("id", "Traditional-Simplified")
			.tokenFilter(ICUFoldingFilterFactory.class);
	}

}
