package com.casebook.search.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseAnalysisTest {

	private final Analyzer chinese = new ChineseAnalyzer();

	private final Analyzer bigrams = new CjkBigramAnalyzer();

	@Test
	void traditionalScriptIsFoldedBeforeSegmentation() throws IOException {
		assertThat(tokens(this.chinese, "培訓")).isEqualTo(tokens(this.chinese, "培训"));
		assertThat(tokens(this.chinese, "客戶情緒激動")).isEqualTo(tokens(this.chinese, "客户情绪激动"));
	}

	@Test
	void segmentsChineseIntoWordsNotCharacters() throws IOException {
		assertThat(tokens(this.chinese, "客户情绪激动")).contains("客户", "情绪");
	}

	@Test
	void bigramFieldKeepsWordsTheSegmenterSplits() throws IOException {
		assertThat(tokens(this.bigrams, "货品")).containsExactly("货品");
	}

	@Test
	void mixedChineseAndEnglishQueriesKeepBoth() throws IOException {
		assertThat(tokens(this.chinese, "Hold 情绪")).containsExactly("hold", "情绪");
		assertThat(tokens(this.chinese, "IVR 菜单")).containsExactly("ivr", "菜单");
		assertThat(tokens(this.chinese, "ＩＶＲ")).containsExactly("ivr");
	}

	@Test
	void englishWordsAreStemmed() throws IOException {
		assertThat(tokens(this.chinese, "complaints")).containsExactly("complaint");
	}

	@Test
	void punctuationIsDropped() throws IOException {
		assertThat(tokens(this.chinese, "缺货，投诉！")).doesNotContain("，", "！");
	}

	@Test
	void offsetsPointIntoTheOriginalText() throws IOException {
		String text = "新人培訓計劃";
		try (TokenStream stream = this.chinese.tokenStream("f", text)) {
			OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				assertThat(text.substring(offsets.startOffset(), offsets.endOffset())).hasSize(term.length());
			}
			stream.end();
		}
	}

	static List<String> tokens(Analyzer analyzer, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		return tokens;
	}

}
