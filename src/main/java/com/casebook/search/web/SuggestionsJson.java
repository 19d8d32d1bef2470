package com.casebook.search.web;

import java.util.List;
import java.util.Locale;

import com.casebook.search.Suggestions;

/** The header box's suggestions, with the links they lead to. */
record SuggestionsJson(List<Item> titles, List<Item> tags) {

	record Item(String label, String url) {
	}

	static SuggestionsJson of(Suggestions suggestions, Locale locale) {
		return new SuggestionsJson(
				suggestions.titles().stream().map(t -> new Item(t.title(), "/scenarios/" + t.id())).toList(),
				suggestions.tags().stream().map(t -> new Item(t.nameIn(locale), "/search?tag=" + t.id())).toList());
	}

}
