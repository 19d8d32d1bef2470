package com.casebook.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.casebook.text.MarkdownRenderer;
import com.casebook.taxonomy.CategoryView;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.CurrentUser;
import com.casebook.user.Role;
import com.casebook.user.UserDirectory;
import com.casebook.user.UserSummary;

import org.hibernate.Hibernate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the catalogue: published scenarios for everyone, and a scenario page for
 * whoever may see it (readers see only published scenarios; authors their own drafts;
 * editors everything).
 */
@Service
@Transactional(readOnly = true)
public class ScenarioCatalogue {

	private static final int EXCERPT_LENGTH = 140;

	private final ScenarioRepository scenarios;

	private final Taxonomy taxonomy;

	private final UserDirectory users;

	private final MarkdownRenderer markdown;

	private final ViewCounts views;

	private final SolutionApplicationRepository applications;

	private final MeasuredImprovements improvements;

	private final MeasurementChecks checks;

	private final CatalogueCounts counts;

	ScenarioCatalogue(ScenarioRepository scenarios, Taxonomy taxonomy, UserDirectory users, MarkdownRenderer markdown,
			ViewCounts views, SolutionApplicationRepository applications, MeasuredImprovements improvements,
			MeasurementChecks checks, CatalogueCounts counts) {
		this.scenarios = scenarios;
		this.counts = counts;
		this.checks = checks;
		this.improvements = improvements;
		this.applications = applications;
		this.taxonomy = taxonomy;
		this.users = users;
		this.markdown = markdown;
		this.views = views;
	}

	public Page<ScenarioRow> published(CatalogueQuery query) {
		PageRequest pageable = PageRequest.of(query.page(), query.size(), query.sort().sort());
		List<Long> categories = query.categoryId() == null ? null : categoryAndDescendants(query.categoryId());
		Page<Scenario> page = filtered(query, categories, pageable);
		Set<Long> authorIds = new HashSet<>();
		page.forEach(s -> authorIds.add(s.getAuthorId()));
		Map<Long, UserSummary> authors = this.users.findAll(authorIds);
		// counted by the database: loading the solutions, texts and all, only to count
		// them was a third of the catalogue's time spent in Hibernate
		Map<Long, ScenarioRepository.SolutionSummary> solutions = new HashMap<>();
		if (page.hasContent()) {
			this.scenarios.summarizeSolutions(page.map(Scenario::getId).getContent())
				.forEach(summary -> solutions.put(summary.getScenarioId(), summary));
		}
		return page.map(s -> row(s, authors, solutions.get(s.getId())));
	}

	/** Published scenarios resolved for display or export, a page at a time. */
	public Page<ScenarioPage> publishedPages(CatalogueQuery query) {
		PageRequest pageable = PageRequest.of(query.page(), query.size(), Sort.by(Sort.Order.asc("id")));
		if (query.improvesKpiId() != null) {
			return filtered(query, null, pageable).map(this::toPage);
		}
		return this.scenarios.findByStatus(ScenarioStatus.PUBLISHED, pageable).map(this::toPage);
	}

	/**
	 * The catalogue's filters; with "improves KPI X", only scenarios with a solution
	 * whose median measured change improves it, in order of that change when asked.
	 */
	private Page<Scenario> filtered(CatalogueQuery query, List<Long> categories, PageRequest pageable) {
		if (query.improvesKpiId() == null) {
			Specification<Scenario> filter = CatalogueFilter.of(query, categories);
			Slice<Scenario> rows = this.scenarios.findBy(filter, scenarios -> scenarios.slice(pageable));
			return PageableExecutionUtils.getPage(rows.getContent(), pageable,
					() -> this.counts.count(query, categories, filter));
		}
		Map<Long, Double> improving = this.improvements.improving(query.improvesKpiId());
		Specification<Scenario> filter = CatalogueFilter.of(query, categories, improving.keySet());
		if (query.sort() != CatalogueSort.MEASURED_CHANGE) {
			return this.scenarios.findAll(filter, pageable);
		}
		// few scenarios carry measurements of one KPI: ordered here by the change
		List<Long> order = new ArrayList<>(improving.keySet());
		List<Scenario> all = new ArrayList<>(this.scenarios.findAll(filter));
		all.sort(Comparator.comparingInt(s -> order.indexOf(s.getId())));
		int from = (int) Math.min(pageable.getOffset(), all.size());
		int to = Math.min(from + pageable.getPageSize(), all.size());
		return new PageImpl<>(all.subList(from, to), pageable, all.size());
	}

	/**
	 * Every scenario but merged ones, resolved, a page at a time in id order (for
	 * export).
	 */
	public Page<ScenarioPage> exportPages(int page, int size) {
		PageRequest pageable = PageRequest.of(page, size, Sort.by(Sort.Order.asc("id")));
		return this.scenarios
			.findByStatusIn(List.of(ScenarioStatus.DRAFT, ScenarioStatus.SUBMITTED, ScenarioStatus.PUBLISHED,
					ScenarioStatus.ARCHIVED), pageable)
			.map(this::toPage);
	}

	/**
	 * A number that moves on whenever a scenario is written on this node: what was worked
	 * out from the catalogue under an older number may be out of date.
	 */
	public long writes() {
		return this.counts.writes();
	}

	public boolean hasAnyScenario() {
		return this.scenarios.count() > 0;
	}

	public long publishedCount() {
		return this.scenarios.countByStatus(ScenarioStatus.PUBLISHED);
	}

	/** Everything an author wrote, newest change first, whatever its status. */
	public List<Scenario> byAuthor(long authorId) {
		return this.scenarios.findByAuthorIdOrderByUpdatedAtDesc(authorId);
	}

	/**
	 * Scenarios that happen often or hurt badly but have no adopted practice yet: where
	 * an editor's adoption (and an SOP) helps most. Ranked by evidence: the trusted
	 * measurements behind the best-measured solution, then its median improvement, then
	 * how often the solutions were applied (outliers no editor confirmed do not count).
	 * Loaded with their solutions, which the page counts after the transaction.
	 */
	@Transactional(readOnly = true)
	public List<SopCandidate> sopCandidates() {
		List<Scenario> candidates = this.scenarios.findSopCandidates();
		Map<Long, MeasuredImprovements.Evidence> evidence = this.improvements
			.evidence(candidates.stream().map(Scenario::getId).toList());
		List<SopCandidate> ranked = new ArrayList<>();
		for (Scenario scenario : candidates) {
			MeasuredImprovements.Evidence e = evidence.get(scenario.getId());
			ranked.add(new SopCandidate(initialized(scenario), e == null ? 0 : e.reports(),
					e == null ? null : e.medianImprovement(), scenario.getAppliedCount()));
		}
		// the query's order (severity, frequency) breaks the remaining ties: the sort is
		// stable
		ranked.sort(Comparator.comparingInt(SopCandidate::reports)
			.thenComparing(c -> c.medianImprovement() == null ? Double.NEGATIVE_INFINITY : c.medianImprovement())
			.thenComparingInt(SopCandidate::applications)
			.reversed());
		return ranked;
	}

	/** The ids of every scenario in one of {@code statuses}, in id order. */
	public List<Long> idsIn(Collection<ScenarioStatus> statuses) {
		return this.scenarios.findIdsByStatusIn(statuses);
	}

	/** Those of {@code ids} whose scenario is in one of {@code statuses}. */
	public Set<Long> inStatus(Collection<Long> ids, Collection<ScenarioStatus> statuses) {
		return ids.isEmpty() ? Set.of() : Set.copyOf(this.scenarios.findIdsByIdInAndStatusIn(ids, statuses));
	}

	/** Where a merged scenario now lives; empty for any other scenario. */
	public Optional<Long> mergedInto(long id) {
		return this.scenarios.findById(id).map(Scenario::getMergedIntoId);
	}

	/**
	 * Several scenarios at once, by id, with their collections loaded (in batches, not
	 * one query per scenario).
	 */
	@Transactional(readOnly = true)
	public Map<Long, Scenario> findAll(Collection<Long> ids) {
		Map<Long, Scenario> found = new HashMap<>();
		this.scenarios.findAllById(ids).forEach(s -> found.put(s.getId(), initialized(s)));
		return found;
	}

	public Optional<Scenario> find(long id) {
		return this.scenarios.findById(id).map(ScenarioCatalogue::initialized);
	}

	private static Scenario initialized(Scenario scenario) {
		Hibernate.initialize(scenario.kpiIdsForLoading());
		Hibernate.initialize(scenario.tagIdsForLoading());
		Hibernate.initialize(scenario.solutionsForLoading());
		return scenario;
	}

	public Optional<ScenarioPage> page(long id, CurrentUser viewer) {
		return this.scenarios.findById(id)
			.filter(s -> canSee(s, viewer))
			.map(ScenarioCatalogue::initialized)
			.map(this::toPage);
	}

	/**
	 * Whether the scenario exists and the viewer may see it (the rule of {@link #page}).
	 */
	public boolean isVisibleTo(long id, CurrentUser viewer) {
		return this.scenarios.findById(id).filter(s -> canSee(s, viewer)).isPresent();
	}

	/**
	 * The scenario page for someone opening it, counted as a view so that the count shown
	 * includes this one. Views are counted in memory and written in batches
	 * ({@link ViewCounts}), never on the aggregate, so that a view neither collides with
	 * an edit's version check nor writes anything while the page is served.
	 */
	@Transactional(readOnly = true)
	public Optional<ScenarioPage> view(long id, CurrentUser viewer) {
		return page(id, viewer).map(shown -> {
			this.views.viewed(id);
			return shown.withOneMoreView();
		});
	}

	static boolean canSee(Scenario scenario, CurrentUser viewer) {
		if (scenario.getStatus().isVisibleToReaders()) {
			return true;
		}
		if (viewer == null) {
			return false;
		}
		return viewer.has(Role.EDITOR) || scenario.getAuthorId() == viewer.getId();
	}

	private ScenarioPage toPage(Scenario scenario) {
		Set<Long> people = new HashSet<>();
		people.add(scenario.getAuthorId());
		for (Solution solution : scenario.getSolutions()) {
			people.add(solution.getAuthorId());
			if (solution.getAdoptedBy() != null) {
				people.add(solution.getAdoptedBy());
			}
			solution.getMeasurements().forEach(m -> people.add(m.reportedBy()));
		}
		people.remove(null);
		Map<Long, List<Measurement>> applied = new HashMap<>();
		for (SolutionApplication application : this.applications.findByScenarioIdAndKpiIdNotNull(scenario.getId())) {
			application.getMeasurement()
				.ifPresent(m -> applied.computeIfAbsent(application.getSolutionId(), id -> new ArrayList<>()).add(m));
		}
		Set<MeasurementChecks.Checked> heldBack = applied.isEmpty()
				&& scenario.getSolutions().stream().allMatch(s -> s.getMeasurements().isEmpty()) ? Set.of()
						: this.checks.heldBack(scenario.getId());
		Map<Long, SolutionEvidence> evidence = new HashMap<>();
		for (Solution solution : scenario.getSolutions()) {
			SolutionEvidence of = SolutionEvidence.of(solution.getMeasurements(),
					applied.getOrDefault(solution.getId(), List.of()),
					m -> heldBack.contains(MeasurementChecks.Checked.of(solution.getId(), m)),
					this.taxonomy::reference);
			if (!of.isEmpty()) {
				evidence.put(solution.getId(), of);
			}
		}
		return new ScenarioPage(scenario, this.taxonomy.category(scenario.getCategoryId()).orElse(null),
				this.taxonomy.reference(scenario.getChannelId()).orElse(null),
				this.taxonomy.reference(scenario.getBusinessLineId()).orElse(null),
				this.taxonomy.references(scenario.getKpiIds()), this.taxonomy.tags(scenario.getTagIds()),
				this.users.findAll(people), scenario.getViewCount() + this.views.unwritten(scenario.getId()),
				Map.copyOf(evidence));
	}

	private ScenarioRow row(Scenario scenario, Map<Long, UserSummary> authors,
			ScenarioRepository.SolutionSummary solutions) {
		UserSummary author = authors.get(scenario.getAuthorId());
		return new ScenarioRow(scenario.getId(), scenario.getTitle(),
				this.markdown.excerpt(scenario.getSituation(), EXCERPT_LENGTH),
				this.taxonomy.category(scenario.getCategoryId()).orElse(null), this.taxonomy.tags(scenario.getTagIds()),
				solutions == null ? 0 : solutions.getSolutions().intValue(),
				solutions != null && solutions.getAdopted() > 0, author == null ? "" : author.displayName(),
				scenario.getUpdatedAt(), scenario.getViewCount(), scenario.getAppliedCount());
	}

	private List<Long> categoryAndDescendants(long categoryId) {
		List<Long> ids = new ArrayList<>();
		this.taxonomy.category(categoryId).ifPresent(c -> collect(c, ids));
		if (ids.isEmpty()) {
			ids.add(categoryId);
		}
		return ids;
	}

	private static void collect(CategoryView category, List<Long> ids) {
		ids.add(category.id());
		category.children().forEach(child -> collect(child, ids));
	}

}
