package com.casebook.search.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.casebook.scenario.ContentHealth;
import com.casebook.search.FacetCounts;
import com.casebook.search.SearchFacet;
import com.casebook.taxonomy.ReferenceKind;
import com.casebook.taxonomy.ReferenceView;
import com.casebook.search.SearchFilters;
import com.casebook.search.SearchHit;
import com.casebook.search.SearchParameters;
import com.casebook.search.SearchQuery;
import com.casebook.search.SearchResults;
import com.casebook.search.SearchSort;
import com.casebook.taxonomy.CategoryView;
import com.casebook.taxonomy.TagView;
import com.casebook.taxonomy.Taxonomy;

import org.springframework.stereotype.Component;

/**
 * Turns facet counts into what the search page shows: names in the reader's language, and
 * for each value the link that adds it to (or, when chosen, removes it from) the filters.
 */
@Component
class SearchPage {

	private static final int MAX_OPTIONS = 15;

	private final Taxonomy taxonomy;

	private final ContentHealth health;

	SearchPage(Taxonomy taxonomy, ContentHealth health) {
		this.taxonomy = taxonomy;
		this.health = health;
	}

	/** The KPI a text names (Chinese or English name, code or id). */
	Optional<Long> kpiCalled(String text) {
		return this.taxonomy.referenceCalled(ReferenceKind.KPI, text).map(ReferenceView::id);
	}

	/** The hits due for review, which carry a badge. */
	Set<Long> needsReview(SearchResults results) {
		return this.health.dueAmong(results.hits().stream().map(SearchHit::id).toList());
	}

	List<FacetGroup> facets(SearchResults results, Locale locale) {
		SearchQuery query = results.query();
		FacetCounts counts = results.facets();
		List<FacetGroup> groups = new ArrayList<>();
		groups.add(group(query, SearchFacet.CATEGORY, categoryOptions(query.filters(), counts),
				id -> this.taxonomy.category(id).map(c -> c.nameIn(locale))));
		groups.add(group(query, SearchFacet.TAG, counts.of(SearchFacet.TAG),
				id -> this.taxonomy.tag(id).map(t -> t.nameIn(locale))));
		for (SearchFacet facet : List.of(SearchFacet.CHANNEL, SearchFacet.BUSINESS_LINE, SearchFacet.KPI,
				SearchFacet.IMPROVES)) {
			groups.add(group(query, facet, counts.of(facet),
					id -> this.taxonomy.reference(id).map(r -> r.nameIn(locale))));
		}
		groups.add(adopted(query, counts));
		groups.removeIf(group -> group.options().isEmpty());
		return groups;
	}

	/**
	 * Categories form a tree and every scenario counts for all its ancestors, so only one
	 * level is offered at a time: the top level, or the children of the chosen category.
	 */
	private Map<Long, Long> categoryOptions(SearchFilters filters, FacetCounts counts) {
		Set<Long> chosen = filters.ids(SearchFacet.CATEGORY);
		List<CategoryView> level = chosen.isEmpty() ? this.taxonomy.categoryTree()
				: this.taxonomy.category(deepest(chosen)).map(CategoryView::children).orElse(List.of());
		Map<Long, Long> options = new LinkedHashMap<>();
		chosen.forEach(id -> options.put(id, counts.count(SearchFacet.CATEGORY, id)));
		level.forEach(category -> options.put(category.id(), counts.count(SearchFacet.CATEGORY, category.id())));
		return options;
	}

	private long deepest(Set<Long> chosen) {
		return chosen.stream()
			.max(Comparator.comparingInt(id -> this.taxonomy.category(id).map(c -> c.path().size()).orElse(0)))
			.orElseThrow();
	}

	private FacetGroup group(SearchQuery query, SearchFacet facet, Map<Long, Long> counts,
			Function<Long, Optional<String>> label) {
		SearchFilters filters = query.filters();
		List<FacetGroup.Option> options = counts.entrySet()
			.stream()
			.filter(entry -> entry.getValue() > 0 || filters.isSelected(facet, entry.getKey()))
			.sorted(Map.Entry.<Long, Long>comparingByValue().reversed())
			.limit(MAX_OPTIONS)
			.flatMap(entry -> label.apply(entry.getKey()).stream().map(name -> {
				boolean selected = filters.isSelected(facet, entry.getKey());
				SearchFilters target = selected ? filters.without(facet, entry.getKey())
						: filters.with(facet, entry.getKey());
				return new FacetGroup.Option(entry.getKey(), name, entry.getValue(), selected, link(query, target));
			}))
			.toList();
		return new FacetGroup(facet, options);
	}

	private FacetGroup adopted(SearchQuery query, FacetCounts counts) {
		boolean selected = query.filters().adoptedOnly();
		if (counts.adopted() == 0 && !selected) {
			return new FacetGroup(SearchFacet.ADOPTED, List.of());
		}
		return new FacetGroup(SearchFacet.ADOPTED, List.of(new FacetGroup.Option(1, null, counts.adopted(), selected,
				link(query, query.filters().withAdoptedOnly(!selected)))));
	}

	/**
	 * Links to a tag that was merged into another lead to the other: the same search with
	 * the tags replaced; null when no chosen tag was merged.
	 */
	String linkWithoutMergedTags(SearchQuery query) {
		SearchFilters filters = query.filters();
		boolean changed = false;
		for (Long id : filters.ids(SearchFacet.TAG)) {
			Long into = this.taxonomy.tag(id).map(TagView::mergedIntoId).orElse(null);
			if (into != null) {
				filters = filters.without(SearchFacet.TAG, id).with(SearchFacet.TAG, into);
				changed = true;
			}
		}
		return changed ? link(query, filters) : null;
	}

	/** The tags of each hit, by hit id, in the taxonomy's current names. */
	Map<Long, List<TagView>> hitTags(SearchResults results) {
		Map<Long, List<TagView>> tags = new HashMap<>();
		results.hits().forEach(hit -> tags.put(hit.id(), this.taxonomy.tags(hit.tagIds())));
		return tags;
	}

	static String link(SearchQuery query, SearchFilters filters) {
		return SearchParameters.link("/search", query.text(), filters, query.sort());
	}

	static String sortLink(SearchQuery query, SearchSort sort) {
		return SearchParameters.link("/search", query.text(), query.filters(), sort);
	}

}
