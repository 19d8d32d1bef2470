package com.casebook.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.ibm.icu.text.Transliterator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseAnalysisTest {

	private final Analyzer chinese = new ChineseAnalyzer();

	private final Analyzer bigrams = new CjkBigramAnalyzer();

	@Test
	void traditionalScriptIsFoldedBeforeSegmentation() {
		assertThat(terms(this.chinese, "培訓")).containsExactly("培训").isEqualTo(terms(this.chinese, "培训"));
		assertThat(terms(this.chinese, "情緒")).containsExactly("情绪");
		assertThat(terms(this.chinese, "客戶情緒激動")).containsExactly("客户", "情绪", "激动");
		assertThat(terms(this.bigrams, "培訓")).containsExactly("培训");
	}

	@Test
	void phraseRulesOfTheTransformApply() {
		// 畫 alone is 画 and 麼 alone is 么, but ICU maps 計畫 to 计划 and 甚麼 to 什么 as phrases,
		// which only works if the text is transliterated as a whole
		assertThat(terms(this.chinese, "培訓計畫")).containsExactly("培训", "计划");
		assertThat(terms(this.chinese, "為甚麼")).isEqualTo(terms(this.chinese, "为什么"));
		assertThat(terms(this.chinese, "餘額不足")).isEqualTo(terms(this.chinese, "余额不足"));
	}

	@Test
	void segmentsChineseIntoWordsNotCharacters() {
		assertThat(terms(this.chinese, "客户情绪激动")).containsExactly("客户", "情绪", "激动");
	}

	@Test
	void bigramFieldKeepsWordsTheSegmenterSplits() {
		assertThat(terms(this.chinese, "工单升级")).doesNotContain("工单");
		assertThat(terms(this.bigrams, "工单升级")).containsExactly("工单", "单升", "升级");
		// smartcn's cut depends on what follows: 缺货 is one word in 顾客投诉缺货 but not here
		assertThat(terms(this.chinese, "缺货，投诉")).doesNotContain("缺货");
		assertThat(terms(this.bigrams, "缺货，投诉")).containsExactly("缺货", "投诉");
		assertThat(terms(this.bigrams, "货品")).containsExactly("货品");
	}

	@Test
	void bigramFieldEmitsNoUnigramsExceptForALoneCharacter() {
		assertThat(terms(this.bigrams, "查询货品")).containsExactly("查询", "询货", "货品");
		assertThat(terms(this.bigrams, "货")).containsExactly("货");
		assertThat(terms(this.bigrams, "补 货")).containsExactly("补", "货");
	}

	@Test
	void mixedChineseAndEnglishQueryKeepsBoth() {
		assertThat(terms(this.chinese, "Hold 情绪")).containsExactly("hold", "情绪");
		assertThat(terms(this.chinese, "IVR 菜单")).containsExactly("ivr", "菜单");
		assertThat(terms(this.bigrams, "Hold 情绪")).containsExactly("hold", "情绪");
		assertThat(terms(this.bigrams, "IVR 菜单")).containsExactly("ivr", "菜单");
	}

	@Test
	void fullWidthLatinMatchesAscii() {
		assertThat(terms(this.chinese, "ＩＶＲ菜单")).containsExactly("ivr", "菜单");
		assertThat(terms(this.bigrams, "ＩＶＲ菜单")).containsExactly("ivr", "菜单");
	}

	@Test
	void englishWordsAreStemmed() {
		assertThat(terms(this.chinese, "complaints")).containsExactly("complaint");
		assertThat(terms(this.chinese, "客户 complaints")).containsExactly("客户", "complaint");
		assertThat(terms(this.bigrams, "complaints")).containsExactly("complaint");
	}

	@Test
	void punctuationIsDropped() {
		String text = "缺货，投诉！顾客说：“我要退款。”(Hold)";
		assertThat(terms(this.chinese, text)).contains("投诉", "顾客", "hold")
			.allMatch(ChineseAnalysisTest::hasLetterOrDigit);
		assertThat(terms(this.bigrams, text)).contains("缺货", "投诉", "退款", "hold")
			.allMatch(ChineseAnalysisTest::hasLetterOrDigit);
	}

	@Test
	void offsetsPointIntoTheOriginalTraditionalText() {
		String text = "新人培訓計劃";
		assertThat(tokens(this.chinese, text)).containsExactly(new Token("新人", 0, 2), new Token("培训", 2, 4),
				new Token("计划", 4, 6));
		assertThat(originals(this.chinese, text)).containsExactly("新人", "培訓", "計劃");
		assertThat(originals(this.bigrams, text)).containsExactly("新人", "人培", "培訓", "訓計", "計劃");
	}

	@Test
	void offsetsAreCorrectedWhereTheTransformChangesLength() {
		// the real transform keeps the length, so exercise the corrections with rules
		// that do not:
		// one character to two, two to one, a surrogate pair to one, and one to words
		// that the
		// tokenizer separates, which have no original extent beyond that one character
		Transliterator rules = Transliterator.createFromRules("test", "a > xy; bc > z; \\U00020000 > q; e > 'x y z';",
				Transliterator.FORWARD);
		Analyzer analyzer = new Analyzer() {

			@Override
			protected Reader initReader(String fieldName, Reader reader) {
				return new TraditionalToSimplifiedCharFilter(reader, rules);
			}

			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new WhitespaceTokenizer();
				return new TokenStreamComponents(tokenizer);
			}

		};
		String text = "a bc \uD840\uDC00 dd bcaa";
		assertThat(tokens(analyzer, text)).containsExactly(new Token("xy", 0, 1), new Token("z", 2, 4),
				new Token("q", 5, 7), new Token("dd", 8, 10), new Token("zxyxy", 11, 15));
		List<Token> split = tokens(analyzer, "e f");
		assertThat(split).extracting(Token::term).containsExactly("x", "y", "z", "f");
		assertThat(split.subList(0, 3)).allSatisfy((token) -> {
			assertThat(token.start()).isBetween(0, token.end());
			assertThat(token.end()).isLessThanOrEqualTo(1);
		});
		assertThat(split.get(3)).isEqualTo(new Token("f", 2, 3));
	}

	@Test
	void wildcardTermsAreNormalizedLikeIndexedText() {
		assertThat(this.chinese.normalize("f", "培訓ＩＶＲ").utf8ToString()).isEqualTo("培训ivr");
		assertThat(this.bigrams.normalize("f", "培訓ＩＶＲ").utf8ToString()).isEqualTo("培训ivr");
	}

	@Test
	void aShortTextIsTransliteratedOnceHoweverOftenItIsAnalysed() {
		// unique to this run, so no earlier test has folded it yet
		String query = "客戶 情緒 " + System.nanoTime();
		List<String> first = terms(this.chinese, query);
		assertThat(first).startsWith("客户", "情绪");
		List<String> bigrams = terms(this.bigrams, query);
		assertThat(bigrams).startsWith("客户", "情绪");
		long transliterations = TraditionalToSimplifiedCharFilter.transliterations();
		assertThat(terms(this.chinese, query)).isEqualTo(first);
		assertThat(terms(this.bigrams, query)).isEqualTo(bigrams);
		assertThat(TraditionalToSimplifiedCharFilter.transliterations()).isEqualTo(transliterations);
		String scenario = "客戶情緒激動，要求退款並投訴話務員的服務態度。".repeat(3);
		assertThat(scenario).hasSizeGreaterThan(TraditionalToSimplifiedCharFilter.REMEMBERED_LENGTH);
		terms(this.chinese, scenario);
		terms(this.chinese, scenario);
		assertThat(TraditionalToSimplifiedCharFilter.transliterations()).isEqualTo(transliterations + 2);
	}

	@Test
	void analyzersCanBeSharedAcrossThreads() throws Exception {
		String traditional = "客戶情緒激動，要求退款並投訴話務員的服務態度。新人培訓計劃已經更新";
		List<String> expected = terms(this.chinese, traditional);
		ExecutorService executor = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Boolean>> tasks = new ArrayList<>();
			for (int i = 0; i < 32; i++) {
				tasks.add(() -> {
					for (int j = 0; j < 50; j++) {
						if (!terms(this.chinese, traditional).equals(expected)) {
							return false;
						}
					}
					return true;
				});
			}
			for (Future<Boolean> result : executor.invokeAll(tasks)) {
				assertThat(result.get()).isTrue();
			}
		}
		finally {
			executor.shutdownNow();
		}
	}

	private static boolean hasLetterOrDigit(String term) {
		return term.codePoints().anyMatch(Character::isLetterOrDigit);
	}

	static List<String> terms(Analyzer analyzer, String text) {
		return tokens(analyzer, text).stream().map(Token::term).collect(Collectors.toList());
	}

	/**
	 * The stretches of the original text the tokens point at, which is what a highlighter
	 * marks.
	 */
	static List<String> originals(Analyzer analyzer, String text) {
		return tokens(analyzer, text).stream()
			.map((token) -> text.substring(token.start(), token.end()))
			.collect(Collectors.toList());
	}

	static List<Token> tokens(Analyzer analyzer, String text) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	record Token(String term, int start, int end) {
	}

}
