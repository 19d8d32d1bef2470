package com.casebook.taxonomy;

/**
 * The rule every name in the vocabulary follows (tags and their synonyms, categories, reference
 * entries): a Chinese name, an English name or both, trimmed, each at most {@link #MAX_LENGTH}
 * characters (the size of the columns they are stored in).
 */
public record LabelNames(String zh, String en) {

	public static final int MAX_LENGTH = 60;

	/** Both names, blank ones as {@code null}; at least one must be given. */
	public static LabelNames of(String zh, String en) {
		String cleanZh = clean(zh);
		String cleanEn = clean(en);
		if (cleanZh == null && cleanEn == null) {
			throw new InvalidName(null);
		}
		return new LabelNames(fitting(cleanZh), fitting(cleanEn));
	}

	/** A single name (a synonym, a proposed tag), or {@code null} when blank. */
	public static String fitting(String name) {
		String clean = clean(name);
		if (clean != null && clean.length() > MAX_LENGTH) {
			throw new InvalidName(clean);
		}
		return clean;
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

	/** A name that is missing ({@link #tooLong()} is null) or longer than {@link #MAX_LENGTH}. */
	public static class InvalidName extends IllegalArgumentException {

		private final String tooLong;

		InvalidName(String tooLong) {
			super(tooLong == null ? "A Chinese or an English name is required"
					: "A name may have at most " + MAX_LENGTH + " characters: " + tooLong);
			this.tooLong = tooLong;
		}

		public String tooLong() {
			return this.tooLong;
		}

	}

}
