package com.casebook.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

import com.ibm.icu.text.Transliterator;

import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Folds Traditional Chinese to Simplified before the text is segmented: smartcn only knows
 * Simplified words and would cut Traditional text into single characters, so 培訓 would never
 * match 培训. The whole input is read and transliterated at once; where the transform changes the
 * length (rare: it is almost always one character for one), offset corrections keep highlighting
 * pointed at the original text.
 */
public final class TraditionalToSimplifiedCharFilter extends BaseCharFilter {

	private static final ThreadLocal<Transliterator> TRANSLITERATOR = ThreadLocal
		.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

	private Reader folded;

	public TraditionalToSimplifiedCharFilter(Reader in) {
		super(in);
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (this.folded == null) {
			this.folded = new StringReader(fold(readAll()));
		}
		return this.folded.read(buffer, offset, length);
	}

	private String readAll() throws IOException {
		StringBuilder text = new StringBuilder();
		char[] chunk = new char[4096];
		int read;
		while ((read = this.input.read(chunk)) != -1) {
			text.append(chunk, 0, read);
		}
		return text.toString();
	}

	/**
	 * Transliterates code point by code point so that each output piece is known to come from one
	 * input position, which is what the offset corrections need.
	 */
	private String fold(String original) {
		String whole = TRANSLITERATOR.get().transliterate(original);
		if (whole.length() == original.length()) {
			return whole;
		}
		StringBuilder out = new StringBuilder(original.length());
		int cumulativeDiff = 0;
		for (int i = 0; i < original.length();) {
			int codePoint = original.codePointAt(i);
			int width = Character.charCount(codePoint);
			String piece = TRANSLITERATOR.get().transliterate(original.substring(i, i + width));
			int before = out.length();
			out.append(piece);
			int diff = width - piece.length();
			if (diff != 0) {
				cumulativeDiff += diff;
				addOffCorrectMap(before + piece.length(), cumulativeDiff);
			}
			i += width;
		}
		return out.toString();
	}

}
