package com.casebook.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

public record TagView(long id, LocalizedName name, String description, String group, TagStatus status,
		Set<String> synonyms, Long mergedIntoId) {

	public String nameIn(Locale locale) {
		return this.name.in(locale);
	}

	/**
	 * Every name a person may type to mean this tag: its Chinese and English names and
	 * its synonyms.
	 */
	public List<String> terms() {
		List<String> terms = new ArrayList<>();
		Stream.of(this.name.zh(), this.name.en()).filter(n -> n != null && !n.isBlank()).forEach(terms::add);
		terms.addAll(this.synonyms);
		return terms;
	}

}
