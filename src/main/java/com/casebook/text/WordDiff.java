package com.casebook.text;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import org.springframework.web.util.HtmlUtils;

/**
 * A side-by-side diff of two texts at word level, where a Chinese character counts as a
 * word (Chinese has no spaces, so a line-level or space-split diff would mark whole
 * paragraphs as changed). Latin words and numbers stay whole.
 */
public final class WordDiff {

	private WordDiff() {
	}

	/**
	 * Both sides as escaped HTML: removed words in {@code <del>}, added words in
	 * {@code <ins>}.
	 */
	public static SideBySide of(String before, String after) {
		List<String> left = tokens(before == null ? "" : before);
		List<String> right = tokens(after == null ? "" : after);
		Patch<String> patch = DiffUtils.diff(left, right);
		StringBuilder oldHtml = new StringBuilder();
		StringBuilder newHtml = new StringBuilder();
		int leftPos = 0;
		int rightPos = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int sourceStart = delta.getSource().getPosition();
			int targetStart = delta.getTarget().getPosition();
			append(oldHtml, left.subList(leftPos, sourceStart), null);
			append(newHtml, right.subList(rightPos, targetStart), null);
			append(oldHtml, delta.getSource().getLines(), "del");
			append(newHtml, delta.getTarget().getLines(), "ins");
			leftPos = sourceStart + delta.getSource().size();
			rightPos = targetStart + delta.getTarget().size();
		}
		append(oldHtml, left.subList(leftPos, left.size()), null);
		append(newHtml, right.subList(rightPos, right.size()), null);
		return new SideBySide(oldHtml.toString(), newHtml.toString(), !patch.getDeltas().isEmpty());
	}

	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			int codePoint = text.codePointAt(i);
			int end = i + Character.charCount(codePoint);
			if (Character.isLetterOrDigit(codePoint) && !isHan(codePoint)) {
				while (end < text.length() && Character.isLetterOrDigit(text.codePointAt(end))
						&& !isHan(text.codePointAt(end))) {
					end += Character.charCount(text.codePointAt(end));
				}
			}
			else if (Character.isWhitespace(codePoint) && codePoint != '\n') {
				while (end < text.length() && Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '\n') {
					end++;
				}
			}
			tokens.add(text.substring(i, end));
			i = end;
		}
		return tokens;
	}

	private static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	private static void append(StringBuilder html, List<String> tokens, String tag) {
		if (tokens.isEmpty()) {
			return;
		}
		String text = HtmlUtils.htmlEscape(String.join("", tokens)).replace("\n", "<br>");
		if (tag == null) {
			html.append(text);
		}
		else {
			html.append('<').append(tag).append('>').append(text).append("</").append(tag).append('>');
		}
	}

	/** The two sides of one field's diff, safe to put in a page. */
	public record SideBySide(String beforeHtml, String afterHtml, boolean changed) {
	}

}
