package com.casebook.search.analysis;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Casebook's analyzers on an OpenSearch cluster, by the same names as
 * {@link CasebookAnalysisConfigurer}'s and built from OpenSearch's own components to give
 * the same tokens: the {@code analysis-smartcn} plugin's {@code smartcn_tokenizer} and
 * {@code smartcn_stop}, a {@code mapping} char filter folding Traditional to Simplified
 * generated from ICU4J ({@link TraditionalToSimplifiedMappings}; the {@code analysis-icu}
 * plugin is not on Maven Central), the built-in {@code cjk_width} and {@code cjk_bigram},
 * and the English chain of possessives, stop words and Porter stemming. Referenced by
 * {@code SearchBackendSettings} when {@code casebook.search.uris} is set.
 */
@Component("openSearchAnalysisConfigurer")
public class OpenSearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

	static final String TRADITIONAL_TO_SIMPLIFIED = "traditional_to_simplified";

	private final boolean standard;

	public OpenSearchAnalysisConfigurer(@Value("${casebook.search.analysis:casebook}") String analysis) {
		this.standard = CasebookAnalysisConfigurer.STANDARD.equalsIgnoreCase(analysis.strip());
	}

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.charFilter(TRADITIONAL_TO_SIMPLIFIED)
			.type("mapping")
			.param("mappings", TraditionalToSimplifiedMappings.generate().toArray(String[]::new));
		if (this.standard) {
			context.analyzer(AnalyzerNames.CHINESE).type("standard");
			context.analyzer(AnalyzerNames.CJK_BIGRAM).type("standard");
			context.analyzer(AnalyzerNames.ENGLISH).type("standard");
		}
		else {
			context.tokenFilter("casebook_bigram")
				.type("cjk_bigram")
				.param("ignored_scripts", new String[0])
				.param("output_unigrams", false);
			context.tokenFilter("casebook_no_east_asian")
				.type("keep_types")
				.param("types", "<IDEOGRAPHIC>", "<HIRAGANA>", "<KATAKANA>", "<HANGUL>")
				.param("mode", "exclude");
			context.tokenFilter("casebook_possessive").type("stemmer").param("language", "possessive_english");
			context.tokenFilter("casebook_english_stop").type("stop").param("stopwords", "_english_");
			context.analyzer(AnalyzerNames.CHINESE)
				.custom()
				.tokenizer("smartcn_tokenizer")
				.charFilters(TRADITIONAL_TO_SIMPLIFIED)
				.tokenFilters("smartcn_stop", "cjk_width", "lowercase", "porter_stem");
			context.analyzer(AnalyzerNames.CJK_BIGRAM)
				.custom()
				.tokenizer("standard")
				.charFilters(TRADITIONAL_TO_SIMPLIFIED)
				.tokenFilters("cjk_width", "lowercase", "casebook_bigram", "porter_stem");
			context.analyzer(AnalyzerNames.ENGLISH)
				.custom()
				.tokenizer("standard")
				.tokenFilters("casebook_no_east_asian", "casebook_possessive", "lowercase", "casebook_english_stop",
						"porter_stem");
		}
		// Traditional and Simplified spellings of a title sort together
		context.normalizer(AnalyzerNames.SORT)
			.custom()
			.charFilters(TRADITIONAL_TO_SIMPLIFIED)
			.tokenFilters("cjk_width", "lowercase", "asciifolding");
	}

}
