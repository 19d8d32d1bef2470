package com.casebook.search;

import java.util.List;

import com.casebook.taxonomy.TagView;

/** What the header search box offers while someone types. */
public record Suggestions(List<Title> titles, List<TagView> tags) {

	public record Title(long id, String title) {
	}

}
