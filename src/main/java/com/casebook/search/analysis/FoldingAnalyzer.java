package com.casebook.search.analysis;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;

/**
 * The folding every Chinese field shares: Traditional to Simplified before the tokenizer,
 * and width and case folding. Wildcard and prefix terms bypass the tokenizer, so
 * normalization repeats the folding for them; otherwise they would miss what the indexed
 * words were folded to.
 */
abstract class FoldingAnalyzer extends Analyzer {

	@Override
	protected final Reader initReader(String fieldName, Reader reader) {
		return new TraditionalToSimplifiedCharFilter(reader);
	}

	@Override
	protected final Reader initReaderForNormalization(String fieldName, Reader reader) {
		return new TraditionalToSimplifiedCharFilter(reader);
	}

	@Override
	protected final TokenStream normalize(String fieldName, TokenStream in) {
		return new LowerCaseFilter(new CJKWidthFilter(in));
	}

}
