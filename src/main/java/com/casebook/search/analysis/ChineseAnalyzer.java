package com.casebook.search.analysis;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;

/**
 * Chinese words as smartcn segments them, after folding Traditional to Simplified; Latin words
 * in mixed text ("Hold 情绪", "IVR 菜单") are kept, lower-cased and stemmed, and full-width
 * letters (ＩＶＲ) are folded to ordinary ones. Punctuation is dropped.
 */
public final class ChineseAnalyzer extends Analyzer {

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return new TraditionalToSimplifiedCharFilter(reader);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new HMMChineseTokenizer();
		TokenStream stream = new CJKWidthFilter(tokenizer);
		stream = new LowerCaseFilter(stream);
		stream = new StopFilter(stream, SmartChineseAnalyzer.getDefaultStopSet());
		stream = new PorterStemFilter(stream);
		return new TokenStreamComponents(tokenizer, stream);
	}

	@Override
	protected Reader initReaderForNormalization(String fieldName, Reader reader) {
		return new TraditionalToSimplifiedCharFilter(reader);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new LowerCaseFilter(new CJKWidthFilter(in));
	}

}
