package com.casebook.search.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;

/**
 * Chinese words as smartcn segments them, after folding Traditional to Simplified. Latin
 * words in mixed text ("Hold 情绪", "IVR 菜单") are kept, lower-cased and stemmed, and
 * full-width forms (ＩＶＲ) are folded to ordinary ones. Punctuation is dropped.
 * <p>
 * The same chain serves indexing and queries: segmentation is deterministic, so a query
 * is cut the way the indexed text was.
 */
public final class ChineseAnalyzer extends FoldingAnalyzer {

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new HMMChineseTokenizer();
		// the tokenizer turns every punctuation mark into ",", which is in this set
		TokenStream stream = new StopFilter(tokenizer, SmartChineseAnalyzer.getDefaultStopSet());
		// smartcn already folds full-width ASCII and lower-cases A-Z; these cover the
		// rest (half-width katakana, non-ASCII capitals)
		stream = new CJKWidthFilter(stream);
		stream = new LowerCaseFilter(stream);
		stream = new PorterStemFilter(stream);
		return new TokenStreamComponents(tokenizer, stream);
	}

}
