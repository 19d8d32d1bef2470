package com.casebook.scenario;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.casebook.taxonomy.CategoryView;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.user.CurrentUser;
import com.casebook.user.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping published scenarios right: each has an owner (its author unless an editor
 * reassigns it) and is due for review when its category's interval has passed since it
 * was last published, amended or confirmed. Due scenarios carry a "needs review" badge
 * until someone confirms them ("still valid", recorded in the history) or amends them;
 * owners are reminded once per due period.
 */
@Service
public class ContentHealth {

	private final ScenarioRepository scenarios;

	private final Taxonomy taxonomy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContentHealth(ScenarioRepository scenarios, Taxonomy taxonomy, ApplicationEventPublisher events, Clock clock) {
		this.scenarios = scenarios;
		this.taxonomy = taxonomy;
		this.events = events;
		this.clock = clock;
	}

	/** A published scenario due for review, and since when. */
	public record Overdue(Scenario scenario, Instant dueSince) {
	}

	/** The owner was reminded that a scenario is due. */
	public record ScenarioReviewDue(long scenarioId, long ownerId) {
	}

	public int intervalDays(Scenario scenario) {
		return this.taxonomy.category(scenario.getCategoryId())
			.map(CategoryView::reviewIntervalInEffect)
			.orElse(Taxonomy.DEFAULT_REVIEW_INTERVAL_DAYS);
	}

	@Transactional(readOnly = true)
	public boolean needsReview(Scenario scenario) {
		return scenario.needsReview(intervalDays(scenario), this.clock.instant());
	}

	/** Of these scenarios, the ones due for review (for badges on result lists). */
	@Transactional(readOnly = true)
	public Set<Long> dueAmong(Collection<Long> ids) {
		Instant now = this.clock.instant();
		return this.scenarios.findAllById(ids)
			.stream()
			.filter(s -> s.needsReview(intervalDays(s), now))
			.map(Scenario::getId)
			.collect(Collectors.toSet());
	}

	/** Every published scenario due for review, longest overdue first. */
	@Transactional(readOnly = true)
	public List<Overdue> overdue() {
		Instant now = this.clock.instant();
		return this.scenarios.findByStatus(ScenarioStatus.PUBLISHED)
			.stream()
			.filter(s -> s.needsReview(intervalDays(s), now))
			.map(s -> new Overdue(s, s.getLastReviewedAt().plus(Duration.ofDays(intervalDays(s)))))
			.sorted(Comparator.comparing(Overdue::dueSince))
			.toList();
	}

	/** Due scenarios the person owns, for their own list. */
	@Transactional(readOnly = true)
	public List<Overdue> overdueOwnedBy(long ownerId) {
		return overdue().stream().filter(o -> Long.valueOf(ownerId).equals(o.scenario().getOwnerId())).toList();
	}

	/**
	 * "Still valid": the owner or an editor confirms the content; the history records it.
	 */
	@Transactional
	public void confirmStillValid(long scenarioId, CurrentUser user, String summary) {
		Scenario scenario = load(scenarioId);
		if (!user.has(Role.EDITOR) && !Long.valueOf(user.getId()).equals(scenario.getOwnerId())) {
			throw new AccessDeniedException("Only the owner or an editor confirms a scenario");
		}
		int number = scenario.confirmStillValid(this.clock.instant());
		this.scenarios.flush();
		this.events.publishEvent(new ScenarioRevised(scenarioId, number, user.getId(), summary, scenario.content()));
	}

	@Transactional
	public void assignOwner(long scenarioId, long ownerId, CurrentUser editor) {
		if (!editor.has(Role.EDITOR)) {
			throw new AccessDeniedException("Only editors reassign owners");
		}
		load(scenarioId).assignOwner(ownerId);
	}

	/**
	 * Reminds owners of scenarios that became due since their last reminder (once a day,
	 * by {@link ReviewReminderSchedule}); returns how many were reminded.
	 */
	@Transactional
	public int remindOwners() {
		Instant now = this.clock.instant();
		int reminded = 0;
		for (Overdue overdue : overdue()) {
			Scenario scenario = overdue.scenario();
			if (!scenario.isRemindedSinceDue() && scenario.getOwnerId() != null) {
				scenario.markReminded(now);
				this.events.publishEvent(new ScenarioReviewDue(scenario.getId(), scenario.getOwnerId()));
				reminded++;
			}
		}
		return reminded;
	}

	private Scenario load(long id) {
		return this.scenarios.findById(id).orElseThrow(() -> new ScenarioNotFoundException(id));
	}

}
