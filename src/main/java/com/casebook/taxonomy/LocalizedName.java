package com.casebook.taxonomy;

import java.util.Locale;

/**
 * A name kept in Chinese and English; shown in the reader's language, falling back to the
 * other one.
 */
public record LocalizedName(String zh, String en) {

	public String in(Locale locale) {
		boolean chinese = locale != null && "zh".equals(locale.getLanguage());
		String preferred = chinese ? this.zh : this.en;
		String other = chinese ? this.en : this.zh;
		return (preferred != null && !preferred.isBlank()) ? preferred : other;
	}

	/** Both names, for search and matching. */
	public String both() {
		if (this.zh == null) {
			return this.en;
		}
		return (this.en == null || this.en.equals(this.zh)) ? this.zh : this.zh + " " + this.en;
	}

	public boolean matches(String name) {
		return name != null && (name.equalsIgnoreCase(this.zh) || name.equalsIgnoreCase(this.en));
	}

}
