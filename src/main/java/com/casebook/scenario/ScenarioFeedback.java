package com.casebook.scenario;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.casebook.user.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers give back: "I applied this" on a solution (once per person and solution;
 * the count feeds ranking and reports) and comments.
 */
@Service
@Transactional
public class ScenarioFeedback {

	private final ScenarioRepository scenarios;

	private final SolutionApplicationRepository applications;

	private final ScenarioCommentRepository comments;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final MeasurementChecks checks;

	ScenarioFeedback(ScenarioRepository scenarios, SolutionApplicationRepository applications,
			ScenarioCommentRepository comments, Clock clock, ApplicationEventPublisher events,
			MeasurementChecks checks) {
		this.events = events;
		this.checks = checks;
		this.scenarios = scenarios;
		this.applications = applications;
		this.comments = comments;
		this.clock = clock;
	}

	/**
	 * Records that the user applied the solution; returns false (and changes nothing)
	 * when they already had.
	 */
	public boolean applied(long scenarioId, long solutionId, CurrentUser user, String ticket, String outcome) {
		return applied(scenarioId, solutionId, user, ticket, outcome, null);
	}

	/**
	 * The same with the person's own figures, if they measured the effect ({@code null}:
	 * they did not).
	 */
	public boolean applied(long scenarioId, long solutionId, CurrentUser user, String ticket, String outcome,
			Measurement measurement) {
		// locked like every save: the counters share the row's version with the text
		Scenario scenario = this.scenarios.findForUpdate(scenarioId)
			.filter(s -> s.getStatus() == ScenarioStatus.PUBLISHED)
			.orElseThrow(() -> new ScenarioNotFoundException(scenarioId));
		if (this.applications.existsBySolutionIdAndUserId(solutionId, user.getId())) {
			return false;
		}
		scenario.recordApplication(solutionId);
		try {
			this.applications.saveAndFlush(new SolutionApplication(scenarioId, solutionId, user.getId(),
					trim(ticket, 100), trim(outcome, 300), measurement, this.clock.instant()));
		}
		catch (DataIntegrityViolationException concurrentDuplicate) {
			// the same person clicked twice at once: the unique key let one through
			throw new AlreadyAppliedException();
		}
		this.events.publishEvent(new ScenarioLifecycleEvents.SolutionApplied(scenarioId, solutionId,
				scenario.solution(solutionId).getAuthorId(), user.getId()));
		if (measurement != null) {
			this.checks.applied(scenarioId, solutionId, measurement, user.getId());
		}
		return true;
	}

	@Transactional(readOnly = true)
	public Set<Long> solutionsAppliedBy(long scenarioId, long userId) {
		return this.applications.findByScenarioIdAndUserId(scenarioId, userId)
			.stream()
			.map(SolutionApplication::getSolutionId)
			.collect(Collectors.toSet());
	}

	/** The figures people reported with "I applied this" on the scenario's solutions. */
	@Transactional(readOnly = true)
	public List<SolutionApplication> measuredApplications(long scenarioId) {
		return this.applications.findByScenarioIdAndKpiIdNotNull(scenarioId);
	}

	public void comment(long scenarioId, CurrentUser author, String body) {
		if (body == null || body.isBlank()) {
			throw new IllegalArgumentException("A comment needs text");
		}
		// a draft the author cannot see answers like one that does not exist
		this.scenarios.findById(scenarioId)
			.filter(scenario -> ScenarioCatalogue.canSee(scenario, author))
			.orElseThrow(() -> new ScenarioNotFoundException(scenarioId));
		this.comments.save(new ScenarioComment(scenarioId, author.getId(), trim(body, 4000), this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<ScenarioComment> comments(long scenarioId) {
		return this.comments.findByScenarioIdOrderByCreatedAtAsc(scenarioId);
	}

	private static String trim(String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.trim();
		return trimmed.length() <= max ? trimmed : trimmed.substring(0, max);
	}

	/** The same person applied the same solution in two concurrent requests. */
	public static class AlreadyAppliedException extends RuntimeException {

		AlreadyAppliedException() {
			super("Already recorded");
		}

	}

}
