package com.casebook.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.Replaceable;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UTF16;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.text.UnicodeSet.SpanCondition;

import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Folds Traditional Chinese to Simplified before the text is segmented: smartcn only
 * knows Simplified words and cuts Traditional text into single characters, so 培訓 would
 * never match 培训.
 * <p>
 * The whole input is transliterated at once rather than character by character, because
 * some of ICU's rules are phrases: 畫 alone becomes 画 but 計畫 becomes 计划, and 乾 stays in
 * 乾坤. Replacements are tracked so that, should a rule ever change the length of the text,
 * offsets still point into the original text for highlighting. With ICU 74 every rule
 * keeps the length, so the tracking normally costs nothing.
 * <p>
 * Most text is already Simplified, and the transform is costly (one lock shared by every
 * thread, and a lookup of every character in some four thousand rules), so a text that
 * contains none of the characters the rules can change is passed through untouched. Those
 * characters are not {@link Transliterator#getSourceSet()}, which also holds every
 * character of phrases such as 提纲 or 于思 and so covers most Simplified text, but only the
 * characters a rule replaces by another: for 提綱 → 提纲 that is 綱, not 提. With rules that
 * are all plain replacements (no context, no cursor, no sets), a rule that changes
 * something needs one of those characters in the text to match, and a rule that changes
 * nothing leaves the text as it was, so the output is the same either way. Should the
 * rules ever be written otherwise, every text goes through the transform.
 */
public final class TraditionalToSimplifiedCharFilter extends BaseCharFilter {

	/**
	 * One rule as {@link Transliterator#toRules} writes it: letters, {@code >}, letters.
	 */
	private static final Pattern PLAIN_RULE = Pattern.compile("(\\p{L}+) > (\\p{L}*);");

	/**
	 * Shared on purpose: a rule-based transliterator keeps no per-call state outside the
	 * text it is given and synchronizes on its compiled rules, which every instance of
	 * the same ID shares anyway, so per-thread copies would buy nothing. Lucene's
	 * ICUTransformFilterFactory shares its transliterator the same way. It must never be
	 * given a filter, which is its only mutable state.
	 */
	private static final Transliterator TRADITIONAL_TO_SIMPLIFIED = Transliterator
		.getInstance("Traditional-Simplified");

	/**
	 * The characters some rule of {@link #TRADITIONAL_TO_SIMPLIFIED} replaces by another,
	 * or null if its rules are not all plain replacements.
	 */
	private static final UnicodeSet CHANGED_BY_TRADITIONAL_TO_SIMPLIFIED = changedCharacters(TRADITIONAL_TO_SIMPLIFIED);

	private final Transliterator transliterator;

	private final UnicodeSet changed;

	private String folded;

	private int position;

	public TraditionalToSimplifiedCharFilter(Reader in) {
		this(in, TRADITIONAL_TO_SIMPLIFIED, CHANGED_BY_TRADITIONAL_TO_SIMPLIFIED);
	}

	/**
	 * For tests: the real transform never changes the length, so the offset corrections
	 * can only be exercised with other rules; and with {@code changed} null every text
	 * goes through the transform, which is what the shortcut must agree with.
	 */
	TraditionalToSimplifiedCharFilter(Reader in, Transliterator transliterator, UnicodeSet changed) {
		super(in);
		this.transliterator = transliterator;
		this.changed = changed;
	}

	/**
	 * The characters some rule of the transliterator replaces by another (for a rule that
	 * changes the length, every character it matches), frozen; or null when a rule is
	 * anything but a plain replacement of letters by letters, or there are none.
	 */
	static UnicodeSet changedCharacters(Transliterator transliterator) {
		if (transliterator.getFilter() != null || transliterator.getElements().length != 1) {
			return null;
		}
		UnicodeSet changed = new UnicodeSet();
		int rules = 0;
		for (String rule : transliterator.toRules(false).split("\n")) {
			if (rule.isBlank()) {
				continue;
			}
			Matcher plain = PLAIN_RULE.matcher(rule.strip());
			if (!plain.matches()) {
				return null;
			}
			rules++;
			int[] from = plain.group(1).codePoints().toArray();
			int[] to = plain.group(2).codePoints().toArray();
			if (from.length != to.length) {
				changed.addAll(plain.group(1));
				continue;
			}
			for (int i = 0; i < from.length; i++) {
				if (from[i] != to[i]) {
					changed.add(from[i]);
				}
			}
		}
		return rules == 0 ? null : changed.freeze();
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (this.folded == null) {
			this.folded = fold(readAll());
		}
		if (length == 0) {
			return 0;
		}
		int remaining = this.folded.length() - this.position;
		if (remaining <= 0) {
			return -1;
		}
		int count = Math.min(length, remaining);
		this.folded.getChars(this.position, this.position + count, buffer, offset);
		this.position += count;
		return count;
	}

	private String readAll() throws IOException {
		StringBuilder text = new StringBuilder();
		char[] chunk = new char[1024];
		int read;
		while ((read = this.input.read(chunk)) != -1) {
			text.append(chunk, 0, read);
		}
		return text.toString();
	}

	private String fold(String original) {
		if (this.changed != null && this.changed.span(original, SpanCondition.NOT_CONTAINED) == original.length()) {
			return original;
		}
		TrackedText text = new TrackedText(original);
		this.transliterator.transliterate(text);
		int[] boundaries = text.originalBoundaries();
		if (boundaries != null) {
			int lastDiff = 0;
			for (int offset = 0; offset < boundaries.length; offset++) {
				int diff = boundaries[offset] - offset;
				if (diff != lastDiff) {
					addOffCorrectMap(offset, diff);
					lastDiff = diff;
				}
			}
		}
		return text.toString();
	}

	/**
	 * The text being transliterated, with the original offset of every boundary between
	 * its characters. ICU reports each change as a replacement of a range, which is all
	 * that is needed to keep those boundaries.
	 */
	private static final class TrackedText implements Replaceable {

		private final StringBuilder chars;

		/**
		 * {@code boundaries[i]} is the original offset of the boundary before character
		 * {@code i}; one entry more than there are characters. Null while the length has
		 * never changed, which means every boundary is where it was.
		 */
		private int[] boundaries;

		TrackedText(String original) {
			this.chars = new StringBuilder(original);
		}

		@Override
		public int length() {
			return this.chars.length();
		}

		@Override
		public char charAt(int offset) {
			return this.chars.charAt(offset);
		}

		@Override
		public int char32At(int offset) {
			return UTF16.charAt(this.chars, offset);
		}

		@Override
		public void getChars(int srcStart, int srcLimit, char[] dst, int dstStart) {
			this.chars.getChars(srcStart, srcLimit, dst, dstStart);
		}

		@Override
		public void replace(int start, int limit, String text) {
			replace(start, limit, text.toCharArray(), 0, text.length());
		}

		@Override
		public void replace(int start, int limit, char[] replacement, int replacementStart, int replacementLength) {
			if (replacementLength == limit - start) {
				// one for one: the boundaries stay, and no need to shift the rest of the
				// text
				for (int i = 0; i < replacementLength; i++) {
					this.chars.setCharAt(start + i, replacement[replacementStart + i]);
				}
				return;
			}
			spliceBoundaries(start, limit, replacementLength);
			this.chars.replace(start, limit, new String(replacement, replacementStart, replacementLength));
		}

		@Override
		public void copy(int start, int limit, int dest) {
			char[] copied = new char[limit - start];
			this.chars.getChars(start, limit, copied, 0);
			// a copy has no extent of its own in the original: treat it as inserted at
			// dest
			replace(dest, dest, copied, 0, copied.length);
		}

		@Override
		public boolean hasMetaData() {
			return false;
		}

		/**
		 * Boundaries inside a replacement that changed the length are spread like
		 * MappingCharFilter's: one for one from the start of the replaced range, and
		 * anything beyond its end clamped to its end, so no offset ever points past the
		 * original range.
		 */
		private void spliceBoundaries(int start, int limit, int replacementLength) {
			int[] current = this.boundaries != null ? this.boundaries : identity(this.chars.length() + 1);
			int from = current[start];
			int to = current[limit];
			int[] next = new int[current.length + replacementLength - (limit - start)];
			System.arraycopy(current, 0, next, 0, start + 1);
			for (int i = 1; i < replacementLength; i++) {
				next[start + i] = Math.min(from + i, to);
			}
			System.arraycopy(current, limit, next, start + replacementLength, current.length - limit);
			this.boundaries = next;
		}

		/**
		 * The original offset of every boundary, or null when the length never changed
		 * and they are all where they were.
		 */
		int[] originalBoundaries() {
			return this.boundaries;
		}

		private static int[] identity(int length) {
			int[] offsets = new int[length];
			for (int i = 0; i < length; i++) {
				offsets[i] = i;
			}
			return offsets;
		}

		@Override
		public String toString() {
			return this.chars.toString();
		}

	}

}
