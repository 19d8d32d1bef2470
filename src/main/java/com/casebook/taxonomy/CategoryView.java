package com.casebook.taxonomy;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A category with its ancestors, root first, and its children.
 */
public record CategoryView(long id, Long parentId, LocalizedName name, List<LocalizedName> path,
		List<CategoryView> children, Integer reviewIntervalDays, int reviewIntervalInEffect) {

	public String pathIn(Locale locale) {
		return this.path.stream().map(n -> n.in(locale)).collect(Collectors.joining(" / "));
	}

	public String nameIn(Locale locale) {
		return this.name.in(locale);
	}

}
