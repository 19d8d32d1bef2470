package com.casebook.scenario.web;

import java.util.Locale;
import java.util.function.Consumer;

import com.casebook.scenario.CatalogueQuery;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.FigureCache;
import com.casebook.web.RenderedFragments;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;

/**
 * The catalogue below the header (categories, filters, the page of rows and the pager),
 * rendered once per filter, page, language and kind of reader and then served ready-made:
 * on 100,000 scenarios rendering it was three quarters of a catalogue request's CPU. Kept
 * until any scenario or the taxonomy changes on this node, and
 * {@link FigureCache#MAX_AGE} at most, which also bounds how long a row's view count, or
 * a change made on another node, takes to show.
 */
@Component
class CatalogueBody {

	/** About 20 KB each: a few megabytes at most. */
	static final int KEPT = 200;

	static final String TEMPLATE = "scenario/catalogue-body";

	private final FigureCache<Key, String> rendered = new FigureCache<>(KEPT);

	private final ScenarioCatalogue catalogue;

	private final Taxonomy taxonomy;

	private final RenderedFragments fragments;

	CatalogueBody(ScenarioCatalogue catalogue, Taxonomy taxonomy, RenderedFragments fragments) {
		this.catalogue = catalogue;
		this.taxonomy = taxonomy;
		this.fragments = fragments;
	}

	/**
	 * The HTML for this query, links to its other pages starting with {@code pageUrl};
	 * {@code model} fills in what the template needs when it has to be rendered.
	 * Everything the HTML depends on is in the key, read before the model is: a change
	 * committed while it renders moves the key on, so the HTML is used for this page but
	 * not served under the newer key.
	 */
	String html(CatalogueQuery query, String pageUrl, boolean manager, Consumer<ExtendedModelMap> model) {
		Key key = new Key(LocaleContextHolder.getLocale(), query, pageUrl, manager, this.catalogue.writes(),
				this.taxonomy.generation());
		return this.rendered.get(key, () -> this.fragments.render(TEMPLATE, model));
	}

	private record Key(Locale locale, CatalogueQuery query, String pageUrl, boolean manager, long scenarioWrites,
			long taxonomyGeneration) {
	}

}
