package com.casebook.scenario.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.context.LazyContextVariable;

import com.casebook.scenario.ScenarioComment;
import com.casebook.scenario.ScenarioPage;
import com.casebook.scenario.SolutionEvidence;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.FigureCache;
import com.casebook.user.UserSummary;
import com.casebook.web.RenderedFragments;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The scenario page below its title bar, rendered once for everything it shows and then
 * served ready-made: on 100,000 scenarios rendering it was more than half of a scenario
 * request's CPU. The key holds the page's whole model by value (the scenario's and its
 * solutions' versions, which any write moves on, on any node; the evidence, the people
 * and the comments shown) and what the reader may do or has done (may edit, watches,
 * applied), so that readers in the same position share one rendering. The names of the
 * taxonomy come from this node's taxonomy generation; the related list and anything else
 * show within {@link FigureCache#MAX_AGE}.
 * <p>
 * Two things differ for every request and are put in afterwards: the view count, which
 * counts this view, and the reader's CSRF token in the forms. A page showing what the
 * person just typed (a refused "I applied this", a duplicate flag that named no scenario)
 * is rendered for them alone.
 */
@Component
class ScenarioBody {

	/** Up to about 40 KB each: a few megabytes at most. */
	static final int KEPT = 200;

	static final String TEMPLATE = "scenario/show-body";

	/** The model attribute the page includes the body from. */
	static final String NAME = "scenarioBody";

	/**
	 * Rendered in the view count's place and replaced by the count each request shows.
	 */
	static final long VIEWS_STAND_IN = Long.MIN_VALUE;

	/** What a request brings back of what the person typed: never kept. */
	private static final List<String> TYPED = List.of("flagError", "flagValue", "appliedSolutionId", "appliedProblems");

	/** What other modules add to the page once its controller has filled the model. */
	private static final List<String> ADDED_BY_OTHER_MODULES = List.of("related");

	private final FigureCache<Key, String> rendered = new FigureCache<>(KEPT);

	private final Taxonomy taxonomy;

	private final RenderedFragments fragments;

	ScenarioBody(Taxonomy taxonomy, RenderedFragments fragments) {
		this.taxonomy = taxonomy;
		this.fragments = fragments;
	}

	/**
	 * The body for the page whose model this is, rendered when the page reads it: by then
	 * the modules that add to the scenario page (related scenarios, watching) have.
	 */
	LazyContextVariable<String> of(Model model) {
		return new LazyContextVariable<>() {

			@Override
			protected String loadValue() {
				return html(model.asMap());
			}

		};
	}

	String html(Map<String, Object> model) {
		Map<String, Object> variables = new HashMap<>(model);
		variables.remove(NAME);
		// added after the controller, to the view's model: the page's variables are
		// request attributes while it renders
		RequestAttributes request = RequestContextHolder.currentRequestAttributes();
		for (String name : ADDED_BY_OTHER_MODULES) {
			variables.putIfAbsent(name, request.getAttribute(name, RequestAttributes.SCOPE_REQUEST));
		}
		ScenarioPage page = (ScenarioPage) variables.get("page");
		variables.put("views", VIEWS_STAND_IN);
		String html = TYPED.stream().anyMatch(variables::containsKey) ? this.fragments.render(TEMPLATE, variables)
				: this.rendered.get(key(variables, page), () -> this.fragments.render(TEMPLATE, variables));
		return this.fragments.withTokenOfThisRequest(html.replace(views(VIEWS_STAND_IN), views(page.views())));
	}

	/** A figure another module promised the page (see HeaderFigure), worked out now. */
	private static Object resolved(Object variable) {
		return variable instanceof LazyContextVariable<?> lazy ? lazy.getValue() : variable;
	}

	private static String views(long count) {
		return "<dd id=\"views\">" + count + "</dd>";
	}

	@SuppressWarnings("unchecked")
	private Key key(Map<String, Object> variables, ScenarioPage page) {
		var scenario = page.scenario();
		return new Key(LocaleContextHolder.getLocale(), scenario.getId(), scenario.getVersion(),
				scenario.getSolutions().stream().map(s -> List.of(s.getId(), s.getVersion())).toList(), page.evidence(),
				page.people(), this.taxonomy.generation(),
				((List<ScenarioComment>) variables.get("comments")).stream().map(ScenarioComment::getId).toList(),
				(Map<Long, UserSummary>) variables.get("commenters"), (UserSummary) variables.get("owner"),
				(List<UserSummary>) variables.get("ownerChoices"),
				(Map<Long, List<String>>) variables.get("contributorNames"), variables.get("related"),
				(Boolean) variables.get("needsReview"), (Boolean) variables.get("manager"),
				(Boolean) variables.get("editor"), (Boolean) variables.get("canEdit"),
				(Boolean) resolved(variables.get("watching")), (Set<Long>) variables.get("appliedByMe"));
	}

	private record Key(Locale locale, long scenarioId, long version, List<List<Long>> solutionVersions,
			Map<Long, SolutionEvidence> evidence, Map<Long, UserSummary> people, long taxonomyGeneration,
			List<Long> commentIds, Map<Long, UserSummary> commenters, UserSummary owner, List<UserSummary> ownerChoices,
			Map<Long, List<String>> contributorNames, Object related, Boolean needsReview, Boolean manager,
			Boolean editor, Boolean canEdit, Boolean watching, Set<Long> appliedByMe) {
	}

}
