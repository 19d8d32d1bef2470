package com.casebook.taxonomy;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rule every name in the vocabulary follows (tags and their synonyms, categories,
 * reference entries): a Chinese name, an English name or both, trimmed, each no longer
 * than its column ({@link Taxonomy#MAX_NAME}, {@link Taxonomy#MAX_TAG_NAME}).
 */
public record LabelNames(String zh, String en) {

	private static final Pattern LIST_SEPARATORS = Pattern.compile("[,，、;；\\n]");

	/**
	 * Both names, blank ones as {@code null}; at least one must be given, each at most
	 * {@code max}.
	 */
	public static LabelNames of(String zh, String en, int max) {
		String cleanZh = clean(zh);
		String cleanEn = clean(en);
		if (cleanZh == null && cleanEn == null) {
			throw new InvalidName(null, max);
		}
		return new LabelNames(fitting(cleanZh, max), fitting(cleanEn, max));
	}

	/** A single name (a synonym, a proposed tag), or {@code null} when blank. */
	public static String fitting(String name, int max) {
		String clean = clean(name);
		if (clean != null && clean.length() > max) {
			throw new InvalidName(clean, max);
		}
		return clean;
	}

	/**
	 * The names in a list typed by a person or written in a table cell (proposed tags,
	 * synonyms, an import's tags and KPIs), separated by any comma (, ，), enumeration
	 * comma (、), semicolon (; ；) or line break; trimmed, empty ones dropped.
	 */
	public static List<String> split(String list) {
		if (list == null) {
			return List.of();
		}
		return Arrays.stream(LIST_SEPARATORS.split(list)).map(String::strip).filter(n -> !n.isEmpty()).toList();
	}

	/** The Chinese name, or the English one where there is no Chinese name. */
	public String zhOrEn() {
		return this.zh != null ? this.zh : this.en;
	}

	/** The English name, or the Chinese one where there is no English name. */
	public String enOrZh() {
		return this.en != null ? this.en : this.zh;
	}

	private static String clean(String name) {
		return (name == null || name.isBlank()) ? null : name.strip();
	}

	/**
	 * A name that is missing ({@link #tooLong()} is null) or longer than {@link #max()}.
	 */
	public static class InvalidName extends IllegalArgumentException {

		private final String tooLong;

		private final int max;

		InvalidName(String tooLong, int max) {
			super(tooLong == null ? "A Chinese or an English name is required"
					: "A name may have at most " + max + " characters: " + tooLong);
			this.tooLong = tooLong;
			this.max = max;
		}

		public String tooLong() {
			return this.tooLong;
		}

		public int max() {
			return this.max;
		}

	}

}
