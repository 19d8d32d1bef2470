package com.casebook.search.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Overlapping pairs of Chinese characters, for words the segmenter does not know or
 * splits wrongly: any two adjacent characters of the query match the same two characters
 * in the text, whatever the dictionary says. Traditional text is folded first so that
 * both scripts produce the same pairs.
 */
public final class CjkBigramAnalyzer extends FoldingAnalyzer {

	private static final int ALL_CJK_SCRIPTS = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
			| CJKBigramFilter.HANGUL;

	/**
	 * No unigrams next to the bigrams: with them every shared character would match (a
	 * query for 货品 would find any text containing 货 or 品), which is exactly the noise
	 * this field exists to avoid. A run of one character on its own, such as a
	 * one-character query, still becomes a unigram. Such a query only finds that
	 * character standing alone here, but the smartcn field it is searched alongside keeps
	 * single characters where the segmenter finds no word.
	 */
	private static final boolean OUTPUT_UNIGRAMS = false;

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new StandardTokenizer();
		TokenStream stream = new CJKWidthFilter(tokenizer);
		stream = new LowerCaseFilter(stream);
		stream = new CJKBigramFilter(stream, ALL_CJK_SCRIPTS, OUTPUT_UNIGRAMS);
		// leaves Han bigrams alone: none ends in an English suffix
		stream = new PorterStemFilter(stream);
		return new TokenStreamComponents(tokenizer, stream);
	}

}
