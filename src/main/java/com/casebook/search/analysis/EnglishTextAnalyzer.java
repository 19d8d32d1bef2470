package com.casebook.search.analysis;

import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English words, stemmed ("refunds" finds "refund"), and nothing else. Lucene's English
 * analyzer would also keep every Chinese character as a word of its own, so that 排班 预测
 * matched 预计 and 测验 in other texts and Traditional characters missed their Simplified
 * forms; the Chinese text is covered by the two Chinese fields, so here its tokens are
 * dropped.
 */
public final class EnglishTextAnalyzer extends Analyzer {

	private static final Set<String> EAST_ASIAN_TYPES = Set.of(
			StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC],
			StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA],
			StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA],
			StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL]);

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new StandardTokenizer();
		TokenStream stream = new TypeTokenFilter(tokenizer, EAST_ASIAN_TYPES);
		stream = new EnglishPossessiveFilter(stream);
		stream = new LowerCaseFilter(stream);
		stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
		stream = new PorterStemFilter(stream);
		return new TokenStreamComponents(tokenizer, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new LowerCaseFilter(in);
	}

}
