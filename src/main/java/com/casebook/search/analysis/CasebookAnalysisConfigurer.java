package com.casebook.search.analysis;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilterFactory;
import org.apache.lucene.analysis.icu.ICUTransformFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * Registers Casebook's analyzers with Hibernate Search, by the names in {@link AnalyzerNames}.
 * Referenced from {@code hibernate.search.backend.analysis.configurer}.
 * <p>
 * No separate query-side analyzer is registered: every analyzer here is deterministic and gives a
 * query the tokens the same text got when indexed, which is what matching needs.
 */
@Component("casebookAnalysisConfigurer")
public class CasebookAnalysisConfigurer implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(AnalyzerNames.CHINESE).instance(new ChineseAnalyzer());
		context.analyzer(AnalyzerNames.CJK_BIGRAM).instance(new CjkBigramAnalyzer());
		context.analyzer(AnalyzerNames.ENGLISH).instance(new EnglishAnalyzer());
		// Traditional and Simplified spellings of a title sort together; ICU folding also covers
		// case, width and accents, so no separate lower-casing is needed
		context.normalizer(AnalyzerNames.SORT)
			.custom()
			.tokenFilter(ICUTransformFilterFactory.class)
			.param("id", "Traditional-Simplified")
			.tokenFilter(ICUFoldingFilterFactory.class);
	}

}
