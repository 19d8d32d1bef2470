package com.casebook.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import com.ibm.icu.text.Replaceable;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UTF16;

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
 */
public final class TraditionalToSimplifiedCharFilter extends BaseCharFilter {

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
	 * Texts this long or shorter (a query, a tag, a title) are remembered once folded: a
	 * search analyses its query several times (the page of hits, the count, the vector),
	 * and the transliterator's lock, which every analysis shares with the indexing
	 * threads folding whole scenarios, was the search page's second longest wait under 32
	 * clients (JFR: 75 waits, 39 s in one minute).
	 */
	static final int REMEMBERED_LENGTH = 64;

	private static final int REMEMBERED_TEXTS = 4096;

	/** Short texts of the real transform whose length it kept, folded. */
	private static final Map<String, String> FOLDED_SHORT_TEXTS = new ConcurrentHashMap<>();

	private static final LongAdder TRANSLITERATIONS = new LongAdder();

	private final Transliterator transliterator;

	private String folded;

	private int position;

	public TraditionalToSimplifiedCharFilter(Reader in) {
		this(in, TRADITIONAL_TO_SIMPLIFIED);
	}

	/**
	 * For tests: the real transform never changes the length, so the offset corrections
	 * can only be exercised with other rules.
	 */
	TraditionalToSimplifiedCharFilter(Reader in, Transliterator transliterator) {
		super(in);
		this.transliterator = transliterator;
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

	/** How many texts were given to a transliterator so far, for tests. */
	static long transliterations() {
		return TRANSLITERATIONS.sum();
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
		boolean remembered = this.transliterator == TRADITIONAL_TO_SIMPLIFIED && original.length() <= REMEMBERED_LENGTH;
		if (remembered) {
			String known = FOLDED_SHORT_TEXTS.get(original);
			if (known != null) {
				return known;
			}
		}
		TrackedText text = new TrackedText(original);
		TRANSLITERATIONS.increment();
		this.transliterator.transliterate(text);
		int[] boundaries = text.originalBoundaries();
		if (boundaries == null && remembered) {
			if (FOLDED_SHORT_TEXTS.size() >= REMEMBERED_TEXTS) {
				FOLDED_SHORT_TEXTS.clear();
			}
			FOLDED_SHORT_TEXTS.put(original, text.toString());
		}
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
