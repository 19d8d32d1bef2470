package com.casebook.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.casebook.points.PointsAwarded;
import com.casebook.points.PointsAwardedTogether;
import com.casebook.points.PointsEvents.RedemptionDecided;
import com.casebook.scenario.ContentHealth.ScenarioReviewDue;
import com.casebook.scenario.Scenario;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioAmended;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioPublished;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioSentBack;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioSubmitted;
import com.casebook.scenario.ScenarioLifecycleEvents.SolutionAdded;
import com.casebook.scenario.ScenarioLifecycleEvents.SolutionAdoptionChanged;
import com.casebook.scenario.ScenarioLifecycleEvents.SolutionApplied;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who hears about what, once the change is committed: authors about their submissions and
 * solutions, watchers of a scenario (or of one of its tags) about new solutions and
 * amendments, owners about due reviews, everyone about points they receive and about the
 * fate of the rewards they redeemed. Nobody is told about their own action.
 * <p>
 * Each listener runs after the change committed, on its own thread and in its own
 * transaction ({@code @ApplicationModuleListener}): the saving request has given its
 * connection back by then, so many saves at once never wait for a second connection (with
 * synchronous after-commit listeners, ten simultaneous saves exhausted the pool). The
 * event publication registry keeps each event until its listener has handled it.
 */
@Component
class NotifyingListeners {

	private final Notifications notifications;

	private final Watches watches;

	private final ScenarioCatalogue catalogue;

	NotifyingListeners(Notifications notifications, Watches watches, ScenarioCatalogue catalogue) {
		this.notifications = notifications;
		this.watches = watches;
		this.catalogue = catalogue;
	}

	@ApplicationModuleListener
	public void on(ScenarioSubmitted submitted) {
		this.watches.watch(submitted.authorId(), Watches.Target.SCENARIO, submitted.scenarioId());
	}

	@ApplicationModuleListener
	public void on(ScenarioPublished published) {
		this.watches.watch(published.authorId(), Watches.Target.SCENARIO, published.scenarioId());
		tell(published.authorId(), published.editorId(), "published", published.scenarioId());
	}

	@ApplicationModuleListener
	public void on(ScenarioSentBack sentBack) {
		if (sentBack.authorId() != sentBack.editorId()) {
			this.notifications.notify(sentBack.authorId(), "sentBack",
					List.of(title(sentBack.scenarioId()), sentBack.comment()),
					"/scenarios/" + sentBack.scenarioId() + "/edit");
		}
	}

	@ApplicationModuleListener
	public void on(SolutionAdoptionChanged change) {
		if (change.adopted()) {
			tell(change.solutionAuthorId(), change.editorId(), "adopted", change.scenarioId());
		}
	}

	@ApplicationModuleListener
	public void on(SolutionAdded added) {
		this.watches.watch(added.authorId(), Watches.Target.SCENARIO, added.scenarioId());
		tellWatchers(added.scenarioId(), added.authorId(), "solutionAdded");
	}

	@ApplicationModuleListener
	public void on(ScenarioAmended amended) {
		tellWatchers(amended.scenarioId(), amended.editorId(), "amended");
	}

	@ApplicationModuleListener
	public void on(SolutionApplied applied) {
		tell(applied.solutionAuthorId(), applied.appliedBy(), "applied", applied.scenarioId());
	}

	@ApplicationModuleListener
	public void on(ScenarioReviewDue due) {
		this.notifications.notify(due.ownerId(), "reviewDue", List.of(title(due.scenarioId())),
				"/scenarios/" + due.scenarioId());
	}

	@ApplicationModuleListener
	public void on(PointsAwarded awarded) {
		this.notifications.notifyPoints(awarded.userId(), awarded.amount(), awarded.reason().name(), "/rewards");
	}

	/** One notice per person for a bulk import's chunk of awards. */
	@ApplicationModuleListener
	public void on(PointsAwardedTogether together) {
		together.awards()
			.stream()
			.collect(Collectors.groupingBy(PointsAwarded::userId, LinkedHashMap::new, Collectors.toList()))
			.forEach((userId, awards) -> {
				if (awards.size() == 1) {
					on(awards.get(0));
				}
				else {
					this.notifications.notifyPointsTogether(userId,
							awards.stream().mapToInt(PointsAwarded::amount).sum(), awards.size(), "/rewards");
				}
			});
	}

	@ApplicationModuleListener
	public void on(RedemptionDecided decided) {
		if (decided.userId() == decided.adminId()) {
			return;
		}
		if (decided.fulfilled()) {
			this.notifications.notify(decided.userId(), "redemptionFulfilled", List.of(decided.rewardName()),
					"/rewards");
		}
		else if (decided.note() == null) {
			this.notifications.notify(decided.userId(), "redemptionRejected",
					List.of(decided.rewardName(), String.valueOf(decided.cost())), "/rewards");
		}
		else {
			this.notifications.notify(decided.userId(), "redemptionRejectedWithNote",
					List.of(decided.rewardName(), String.valueOf(decided.cost()), decided.note()), "/rewards");
		}
	}

	private void tell(long userId, long actorId, String type, long scenarioId) {
		if (userId != actorId) {
			this.notifications.notify(userId, type, List.of(title(scenarioId)), "/scenarios/" + scenarioId);
		}
	}

	private void tellWatchers(long scenarioId, long actorId, String type) {
		Scenario scenario = this.catalogue.find(scenarioId).orElse(null);
		if (scenario == null) {
			return;
		}
		Set<Long> watchers = this.watches.watchersOf(scenarioId, scenario.getTagIds());
		watchers.remove(actorId);
		watchers.forEach(watcher -> this.notifications.notify(watcher, type, List.of(scenario.getTitle()),
				"/scenarios/" + scenarioId));
	}

	private String title(long scenarioId) {
		return this.catalogue.find(scenarioId).map(Scenario::getTitle).orElse("#" + scenarioId);
	}

}
