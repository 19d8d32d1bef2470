package com.casebook.search.web;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.search.SearchQuery;
import com.casebook.search.SearchResults;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.FigureCache;
import com.casebook.web.RenderedFragments;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;

/**
 * The search page below the header (facets, the form, the hits and the pager), rendered
 * once per query, results and language and then served ready-made: with the results
 * remembered, rendering them was two thirds of a search page's CPU at 100,000 scenarios,
 * and the review badges and facet names another eighth. The results are part of the key,
 * so a change of the index shows as soon as the search finds it; the names (taxonomy) and
 * review badges (scenarios) are keyed by their change counters, and
 * {@link FigureCache#MAX_AGE} bounds the rest (a scenario falling due for review as time
 * passes, or a change made on another node).
 * <p>
 * Each search has its own log entry, which the links to its hits and later pages carry:
 * the body is rendered with a stand-in entry that each page replaces by its own, inside
 * links only. A query's words in a link are URL-encoded, so the stand-in's {@code =} can
 * only come from the link builder.
 */
@Component
class SearchResultsBody {

	/** Up to 40 KB each: a few megabytes at most. */
	static final int KEPT = 100;

	static final String TEMPLATE = "search/results-body";

	static final long STAND_IN_ENTRY = 4_000_000_000_000_000_001L;

	private static final Pattern STAND_IN_IN_LINK = Pattern
		.compile("(?<link>href=\"[^\"]*?entry=)" + STAND_IN_ENTRY + "(?=[&\"])");

	private final FigureCache<Key, String> rendered = new FigureCache<>(KEPT);

	private final Taxonomy taxonomy;

	private final ScenarioCatalogue catalogue;

	private final RenderedFragments fragments;

	SearchResultsBody(Taxonomy taxonomy, ScenarioCatalogue catalogue, RenderedFragments fragments) {
		this.taxonomy = taxonomy;
		this.catalogue = catalogue;
		this.fragments = fragments;
	}

	/**
	 * The HTML for these results, its links carrying {@code entry} (none when null);
	 * {@code model} fills in what the template needs, given the entry to put in links,
	 * when it has to be rendered.
	 */
	String html(SearchQuery query, SearchResults results, List<String> unknownKpis, boolean rebuilding, Long entry,
			BiConsumer<ExtendedModelMap, Long> model) {
		Key key = new Key(LocaleContextHolder.getLocale(), query, results, unknownKpis, rebuilding, entry != null,
				this.taxonomy.generation(), this.catalogue.writes());
		Long entryInLinks = (entry == null) ? null : STAND_IN_ENTRY;
		String html = this.rendered.get(key,
				() -> this.fragments.render(TEMPLATE, variables -> model.accept(variables, entryInLinks)));
		return entry == null ? html : STAND_IN_IN_LINK.matcher(html).replaceAll("${link}" + entry);
	}

	private record Key(Locale locale, SearchQuery query, SearchResults results, List<String> unknownKpis,
			boolean rebuilding, boolean logged, long taxonomyGeneration, long scenarioWrites) {
	}

}
