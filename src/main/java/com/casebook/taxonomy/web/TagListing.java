package com.casebook.taxonomy.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.casebook.taxonomy.TagStatus;
import com.casebook.taxonomy.TagView;

/**
 * What the admin's tag list shows: the tags whose names, synonyms or group contain the
 * typed text, of one group or status if chosen, sorted by name (in the reader's
 * language), by use, by group or by status.
 *
 * @param text part of a name, synonym or group, or blank
 * @param group one group's exact name, or blank
 * @param status one status, or null
 * @param sort how to sort; null sorts by name
 */
public record TagListing(String text, String group, TagStatus status, Sort sort) {

	public enum Sort {

		NAME, USAGE, GROUP, STATUS

	}

	public TagListing {
		text = text == null ? "" : text.strip();
		group = group == null ? "" : group.strip();
		sort = sort == null ? Sort.NAME : sort;
	}

	public boolean isFiltered() {
		return !this.text.isEmpty() || !this.group.isEmpty() || this.status != null;
	}

	List<TagView> apply(List<TagView> tags, Map<Long, Long> usage, Locale locale) {
		String wanted = this.text.toLowerCase(Locale.ROOT);
		Collator collator = Collator.getInstance(locale);
		Comparator<TagView> byName = Comparator.comparing(tag -> tag.nameIn(locale), collator);
		Comparator<TagView> order = switch (this.sort) {
			case NAME -> byName;
			case USAGE -> Comparator.<TagView>comparingLong(tag -> usage.getOrDefault(tag.id(), 0L))
				.reversed()
				.thenComparing(byName);
			case GROUP -> Comparator.comparing((TagView tag) -> tag.group() == null ? "" : tag.group(), collator)
				.thenComparing(byName);
			case STATUS -> Comparator.comparing(TagView::status).thenComparing(byName);
		};
		return tags.stream()
			.filter(tag -> wanted.isEmpty() || matches(tag, wanted))
			.filter(tag -> this.group.isEmpty() || this.group.equals(tag.group()))
			.filter(tag -> this.status == null || this.status == tag.status())
			.sorted(order)
			.toList();
	}

	private static boolean matches(TagView tag, String wanted) {
		return tag.terms().stream().anyMatch(term -> term.toLowerCase(Locale.ROOT).contains(wanted))
				|| (tag.group() != null && tag.group().toLowerCase(Locale.ROOT).contains(wanted));
	}

}
