package com.casebook.search;

import java.util.List;

import com.casebook.taxonomy.TagView;

/**
 * What to offer when a search finds nothing: the tags closest to the words, and the
 * single words of a several-word query that do find something on their own ("did you
 * mean").
 */
public record EmptyResultHelp(List<TagView> closestTags, List<WordHits> partialQueries) {

	public static final EmptyResultHelp NONE = new EmptyResultHelp(List.of(), List.of());

	public record WordHits(String word, long total) {
	}

}
