package com.casebook.scenario.api;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.casebook.scenario.CatalogueQuery;
import com.casebook.scenario.CatalogueSort;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioNotFoundException;
import com.casebook.scenario.ScenarioPage;
import com.casebook.scenario.Solution;
import com.casebook.scenario.SolutionEvidence;
import com.casebook.taxonomy.LocalizedName;
import com.casebook.taxonomy.ReferenceKind;
import com.casebook.taxonomy.ReferenceView;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.CurrentUser;
import com.casebook.user.UserSummary;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read access for other tools (agent desktops, CRMs): one scenario with its solutions,
 * tags and revision number, and the published catalogue page by page. Names are given in
 * Chinese, as the content is.
 */
@RestController
class ScenarioApiController {

	private static final Locale NAMES = Locale.SIMPLIFIED_CHINESE;

	private final ScenarioCatalogue catalogue;

	private final MessageSource messages;

	private final Taxonomy taxonomy;

	ScenarioApiController(ScenarioCatalogue catalogue, MessageSource messages, Taxonomy taxonomy) {
		this.catalogue = catalogue;
		this.messages = messages;
		this.taxonomy = taxonomy;
	}

	@GetMapping("/api/scenarios/{id}")
	ScenarioJson scenario(@PathVariable long id, @AuthenticationPrincipal CurrentUser viewer) {
		return this.catalogue.page(id, viewer)
			.map(ScenarioApiController::json)
			.orElseThrow(() -> new ScenarioNotFoundException(id));
	}

	@GetMapping("/api/scenarios")
	ResponseEntity<?> scenarios(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) String improves, @RequestParam(required = false) CatalogueSort sort,
			Locale locale) {
		if (size < 1 || size > CatalogueQuery.MAX_SIZE) {
			// a tool asking for more than a page holds is told so, not quietly given the
			// default
			return ResponseEntity.badRequest()
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, this.messages
					.getMessage("api.error.pageSize", new Object[] { CatalogueQuery.MAX_SIZE, size }, locale)));
		}
		Long improvesKpi = null;
		if (improves != null && !improves.isBlank()) {
			// a KPI by its Chinese or English name, code or id; an unknown one is no
			// filter
			// at all, so it is refused rather than ignored
			Optional<ReferenceView> kpi = this.taxonomy.referenceCalled(ReferenceKind.KPI, improves);
			if (kpi.isEmpty()) {
				return ResponseEntity.badRequest()
					.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
							this.messages.getMessage("api.error.unknownKpi", new Object[] { improves }, locale)));
			}
			improvesKpi = kpi.get().id();
		}
		Page<ScenarioPage> pages = this.catalogue.publishedPages(new CatalogueQuery(null, null, null, null, null,
				improvesKpi, sort == null ? CatalogueSort.MEASURED_CHANGE : sort, page, size));
		return ResponseEntity
			.ok(Map.of("page", pages.getNumber(), "size", pages.getSize(), "total", pages.getTotalElements(),
					"scenarios", pages.getContent().stream().map(ScenarioApiController::json).toList()));
	}

	static ScenarioJson json(ScenarioPage page) {
		var s = page.scenario();
		return new ScenarioJson(s.getId(), s.getTitle(), s.getSituation(), s.getStatus().name(),
				page.category() == null ? null : page.category().pathIn(NAMES),
				page.channel() == null ? null : page.channel().nameIn(NAMES),
				page.businessLine() == null ? null : page.businessLine().nameIn(NAMES),
				page.kpis().stream().map(k -> k.nameIn(NAMES)).toList(),
				page.tags().stream().map(t -> t.name()).map(LocalizedName::both).toList(),
				s.getFrequency() == null ? null : s.getFrequency().name(),
				s.getSeverity() == null ? null : s.getSeverity().name(), username(page, s.getAuthorId()),
				s.getRevisionNumber(), s.getViewCount(), s.getAppliedCount(), s.getCreatedAt(), s.getUpdatedAt(),
				s.getSolutions().stream().map(solution -> solution(page, solution)).toList(),
				"/scenarios/" + s.getId());
	}

	private static ScenarioJson.SolutionJson solution(ScenarioPage page, Solution solution) {
		SolutionEvidence evidence = page.evidence(solution.getId());
		return new ScenarioJson.SolutionJson(solution.getId(), solution.getActions(), solution.getEffect(),
				solution.getPrevention(), username(page, solution.getAuthorId()), solution.isAdopted(),
				solution.getRevisionNumber(), solution.getAppliedCount(),
				solution.getMeasurements()
					.stream()
					.map(m -> new ScenarioJson.MeasurementJson(
							evidence.kpi(m.kpiId()).map(k -> k.kpi().nameIn(NAMES)).orElse(String.valueOf(m.kpiId())),
							m.before(), m.after(), m.unit() == null ? null : m.unit().code(), m.period(), m.site(),
							m.reportedBy() == null ? null : username(page, m.reportedBy())))
					.toList(),
				evidence.kpis()
					.stream()
					.map(k -> new ScenarioJson.EvidenceJson(k.kpi().nameIn(NAMES), k.reports(), k.sites(),
							k.unit() == null ? null : k.unit().code(), k.medianBefore(), k.medianAfter(),
							k.medianChange(), k.relativePercent(), k.verdict().name()))
					.toList());
	}

	private static String username(ScenarioPage page, long id) {
		UserSummary person = page.person(id);
		return person == null ? null : person.username();
	}

}
