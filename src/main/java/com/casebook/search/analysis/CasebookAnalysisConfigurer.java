package com.casebook.search.analysis;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * Registers Casebook's analyzers with Hibernate Search, by the names in {@link AnalyzerNames}.
 * Referenced from {@code hibernate.search.backend.analysis.configurer}.
 */
@Component("casebookAnalysisConfigurer")
public class CasebookAnalysisConfigurer implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(AnalyzerNames.CHINESE).instance(new ChineseAnalyzer());
		context.analyzer(AnalyzerNames.CJK_BIGRAM).instance(new CjkBigramAnalyzer());
		context.analyzer(AnalyzerNames.ENGLISH).instance(new EnglishAnalyzer());
		context.normalizer(AnalyzerNames.SORT)
			.custom()
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ICUFoldingFilterFactory.class);
	}

}
