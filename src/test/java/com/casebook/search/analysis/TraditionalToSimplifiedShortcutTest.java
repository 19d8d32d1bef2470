package com.casebook.search.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import com.casebook.search.benchmark.ScenarioGenerator;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The char filter passes text without any character the transform would change straight
 * through; these tests hold it to folding exactly as ICU's transform does on every text,
 * so the shortcut can never change what is indexed.
 */
class TraditionalToSimplifiedShortcutTest {

	private static final Transliterator TRANSFORM = Transliterator.getInstance("Traditional-Simplified");

	private static final UnicodeSet CHANGED = TraditionalToSimplifiedCharFilter.changedCharacters(TRANSFORM);

	private static final int[][] HAN_BLOCKS = { { 0x3400, 0x4DBF }, { 0x4E00, 0x9FFF }, { 0xF900, 0xFAFF },
			{ 0x20000, 0x2A6DF } };

	@Test
	void commonSimplifiedCharactersThatOnlyAppearInPhraseRulesDoNotForceTheTransform() {
		assertThat(CHANGED != null).isTrue();
		// in ICU's source set through phrases such as 提綱 → 提纲 and 于思 → 于思
		assertThat(TRANSFORM.getSourceSet().containsAll("提于一放")).isTrue();
		assertThat(CHANGED.containsNone("提于一放客服排班")).isTrue();
		assertThat(CHANGED.containsAll("訓綱劃畫乾")).isTrue();
		// a phrase rule that changes a Simplified character: 剃发 → 剃髮
		assertThat(CHANGED.contains('发')).isTrue();
	}

	@Test
	void traditionalTextAndPhraseRulesFoldAsTheTransformDoes() {
		for (String text : List.of("計畫", "年度計畫", "乾坤", "乾燥", "培訓計劃", "新人培訓", "剃发", "理发", "頭髮", "提綱", "于思", "單于", "生薑和姜",
				"大促期間熱門商品缺貨", "IVR 選單", "ＩＶＲ 計畫", "", "hold the line")) {
			assertFoldsAsTheTransform(text);
		}
		assertThat(fold("年度計畫", CHANGED)).isEqualTo("年度计划");
		assertThat(fold("乾坤 乾燥", CHANGED)).isEqualTo("乾坤 干燥");
	}

	@Test
	void everyHanCharacterFoldsAsTheTransformDoes() {
		StringBuilder line = new StringBuilder();
		for (int[] block : HAN_BLOCKS) {
			for (int codePoint = block[0]; codePoint <= block[1]; codePoint++) {
				if (!Character.isDefined(codePoint)) {
					continue;
				}
				String character = new String(Character.toChars(codePoint));
				assertFoldsAsTheTransform(character);
				line.appendCodePoint(codePoint);
				if (line.length() >= 200) {
					assertFoldsAsTheTransform(line.toString());
					line.setLength(0);
				}
			}
		}
		assertFoldsAsTheTransform(line.toString());
	}

	@Test
	void everyRuleFoldsAsTheTransformDoesAloneAndAmongSimplifiedText() {
		for (String rule : TRANSFORM.toRules(false).split("\n")) {
			int arrow = rule.indexOf(" > ");
			if (arrow < 0) {
				continue;
			}
			String phrase = rule.substring(0, arrow).strip();
			assertFoldsAsTheTransform(phrase);
			assertFoldsAsTheTransform("提前" + phrase + "客服");
			assertFoldsAsTheTransform("发" + phrase + "剃");
		}
	}

	@Test
	void theDemoCatalogueFoldsAsTheTransformDoes() throws IOException {
		String catalogue;
		try (InputStream in = getClass().getResourceAsStream("/demo/scenarios.jsonl")) {
			catalogue = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		int lines = 0;
		for (String line : catalogue.split("\n")) {
			assertFoldsAsTheTransform(line);
			for (String sentence : line.split("[。，\"]")) {
				assertFoldsAsTheTransform(sentence);
			}
			lines++;
		}
		assertThat(lines).isGreaterThan(20);
	}

	@Test
	void generatedScenariosFoldAsTheTransformDoAndMostSkipIt() {
		ScenarioGenerator generator = new ScenarioGenerator(20261124L);
		int texts = 0;
		int transformed = 0;
		for (int i = 0; i < 2_000; i++) {
			ScenarioGenerator.Generated scenario = generator.next();
			List<String> all = new ArrayList<>(List.of(scenario.title(), scenario.situation()));
			scenario.solutions().forEach(solution -> all.addAll(Arrays.asList(solution)));
			for (String text : all) {
				if (text == null) {
					continue;
				}
				assertFoldsAsTheTransform(text);
				texts++;
				if (!CHANGED.containsNone(text)) {
					transformed++;
				}
			}
		}
		assertThat(transformed).isLessThan(texts / 10);
	}

	@Test
	void randomMixturesOfTraditionalAndSimplifiedFoldAsTheTransformDoes() {
		String pool = "计划畫計畫乾坤干燥乾燥培訓培训提綱提纲于思單于发剃髮头發生薑姜客服排班放弃率 IVR Ａ的了";
		int[] characters = pool.codePoints().toArray();
		Random random = new Random(20261201L);
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			int length = 1 + random.nextInt(12);
			for (int c = 0; c < length; c++) {
				text.appendCodePoint(characters[random.nextInt(characters.length)]);
			}
			assertFoldsAsTheTransform(text.toString());
		}
	}

	private static void assertFoldsAsTheTransform(String text) {
		String expected = TRANSFORM.transliterate(text);
		assertThat(fold(text, CHANGED)).as(text).isEqualTo(expected);
		assertThat(fold(text, null)).as(text).isEqualTo(expected);
	}

	private static String fold(String text, UnicodeSet changed) {
		try (Reader filter = new TraditionalToSimplifiedCharFilter(new StringReader(text), TRANSFORM, changed)) {
			StringBuilder folded = new StringBuilder();
			char[] buffer = new char[64];
			int read;
			while ((read = filter.read(buffer, 0, buffer.length)) != -1) {
				folded.append(buffer, 0, read);
			}
			return folded.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
