package com.casebook.search.analysis;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.text.Transliterator;

/**
 * The rules of ICU's Traditional→Simplified transform as the lines of an OpenSearch
 * {@code mapping} char filter ({@code 培訓 => 培训}), for a cluster without the
 * {@code analysis-icu} plugin. Every Han character that ICU changes on its own, plus
 * ICU's phrases whose result differs from folding their characters one by one (計畫 → 计划,
 * 乾坤 stays 乾坤): the mapping filter always takes the longest match, as ICU does. Built
 * once at start-up from the ICU4J the embedded analysis uses, so both backends fold
 * alike.
 */
public final class TraditionalToSimplifiedMappings {

	private static final int[][] HAN_BLOCKS = { { 0x3400, 0x4DBF }, { 0x4E00, 0x9FFF }, { 0xF900, 0xFAFF },
			{ 0x20000, 0x2A6DF } };

	private TraditionalToSimplifiedMappings() {
	}

	/** The mapping lines, single characters first, then phrases. */
	public static List<String> generate() {
		Transliterator fold = Transliterator.getInstance("Traditional-Simplified");
		Map<String, String> singles = new LinkedHashMap<>();
		for (int[] block : HAN_BLOCKS) {
			for (int codePoint = block[0]; codePoint <= block[1]; codePoint++) {
				if (!Character.isDefined(codePoint)) {
					continue;
				}
				String character = new String(Character.toChars(codePoint));
				String folded = fold.transliterate(character);
				if (!folded.equals(character)) {
					singles.put(character, folded);
				}
			}
		}
		List<String> lines = new ArrayList<>(singles.size() + 1000);
		singles.forEach((from, to) -> lines.add(from + " => " + to));
		for (String rule : fold.toRules(false).split("\n")) {
			int arrow = rule.indexOf('>');
			if (arrow < 0) {
				continue;
			}
			String phrase = rule.substring(0, arrow).strip();
			if (phrase.codePointCount(0, phrase.length()) < 2 || !allHan(phrase)) {
				continue;
			}
			String folded = fold.transliterate(phrase);
			if (!folded.equals(oneByOne(phrase, singles))) {
				lines.add(phrase + " => " + folded);
			}
		}
		return lines;
	}

	private static boolean allHan(String text) {
		return text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == UnicodeScript.HAN);
	}

	private static String oneByOne(String phrase, Map<String, String> singles) {
		StringBuilder folded = new StringBuilder();
		phrase.codePoints().forEach(c -> {
			String character = new String(Character.toChars(c));
			folded.append(singles.getOrDefault(character, character));
		});
		return folded.toString();
	}

}
