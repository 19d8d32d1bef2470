package com.casebook.taxonomy;

import java.util.Locale;
import java.util.Set;

public record TagView(long id, LocalizedName name, String description, String group, TagStatus status,
		Set<String> synonyms, Long mergedIntoId) {

	public String nameIn(Locale locale) {
		return this.name.in(locale);
	}

}
