package com.casebook.search.analysis;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Overlapping pairs of Chinese characters, for words the segmenter does not know or splits
 * wrongly (货品 is segmented 货|品 but is the bigram 货品). Unigrams are not emitted next to bigrams:
 * they would make every shared character a match and drown precision; a lone Han character
 * (a one-character query) still becomes a unigram, which CJKBigramFilter does by default.
 */
public final class CjkBigramAnalyzer extends Analyzer {

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return new TraditionalToSimplifiedCharFilter(reader);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new StandardTokenizer();
		TokenStream stream = new CJKWidthFilter(tokenizer);
		stream = new LowerCaseFilter(stream);
		stream = new CJKBigramFilter(stream);
		stream = new PorterStemFilter(stream);
		return new TokenStreamComponents(tokenizer, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new LowerCaseFilter(new CJKWidthFilter(in));
	}

}
