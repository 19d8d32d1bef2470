package com.casebook.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import com.casebook.importer.ImportCompleted;
import com.casebook.merge.MergeEvents.MergeUndone;
import com.casebook.merge.MergeEvents.ScenariosMerged;
import com.casebook.points.PointsEvents.PointRuleChanged;
import com.casebook.points.PointsEvents.RedemptionDecided;
import com.casebook.points.PointsEvents.RewardSaved;
import com.casebook.revision.RevisionReverted;
import com.casebook.scenario.ScenarioLifecycleEvents.DraftDeleted;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioArchived;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioPublished;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioSentBack;
import com.casebook.scenario.ScenarioLifecycleEvents.SolutionAdoptionChanged;
import com.casebook.scenario.ScenarioLifecycleEvents.SolutionsMerged;
import com.casebook.search.QuerySynonymChanged;
import com.casebook.taxonomy.CategoryChanged;
import com.casebook.taxonomy.TagChanged;
import com.casebook.user.AccountChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the events of editor and admin actions into audit entries, in the same
 * transaction.
 */
@Component
class AuditedActions {

	private final AuditLog log;

	AuditedActions(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(ScenarioPublished e) {
		this.log.record(e.editorId(), "scenario.publish", "SCENARIO", e.scenarioId(), Map.of("status", "SUBMITTED"),
				Map.of("status", "PUBLISHED"));
	}

	@EventListener
	void on(ScenarioSentBack e) {
		this.log.record(e.editorId(), "scenario.send-back", "SCENARIO", e.scenarioId(), Map.of("status", "SUBMITTED"),
				Map.of("status", "DRAFT", "comment", e.comment()));
	}

	@EventListener
	void on(DraftDeleted e) {
		this.log.record(e.deletedBy(), "scenario.delete", "SCENARIO", e.scenarioId(),
				Map.of("status", "DRAFT", "title", e.title(), "author", e.authorId()), null);
	}

	@EventListener
	void on(ScenarioArchived e) {
		this.log.record(e.editorId(), "scenario.archive", "SCENARIO", e.scenarioId(), Map.of("status", "PUBLISHED"),
				Map.of("status", "ARCHIVED"));
	}

	@EventListener
	void on(SolutionAdoptionChanged e) {
		this.log.record(e.editorId(), e.adopted() ? "solution.adopt" : "solution.unadopt", "SOLUTION", e.solutionId(),
				Map.of("scenario", e.scenarioId(), "adopted", !e.adopted()),
				e.note() == null ? Map.of("scenario", e.scenarioId(), "adopted", e.adopted())
						: Map.of("scenario", e.scenarioId(), "adopted", e.adopted(), "note", e.note()));
	}

	@EventListener
	void on(SolutionsMerged e) {
		this.log.record(e.editorId(), "solution.merge", "SOLUTION", e.mergedId(), Map.of("scenario", e.scenarioId()),
				Map.of("mergedInto", e.keptId()));
	}

	@EventListener
	void on(ScenariosMerged e) {
		this.log.record(e.editorId(), "scenario.merge", "SCENARIO", e.sourceId(),
				Map.of("status", e.sourceStatusBefore().name()),
				Map.of("mergedInto", e.targetId(), "merge", e.mergeId()));
	}

	@EventListener
	void on(MergeUndone e) {
		this.log.record(e.editorId(), "scenario.unmerge", "SCENARIO", e.sourceId(), Map.of("mergedInto", e.targetId()),
				Map.of("merge", e.mergeId(), "undone", true));
	}

	@EventListener
	void on(RevisionReverted e) {
		this.log.record(e.editorId(), "revision.revert", e.solutionId() == null ? "SCENARIO" : "SOLUTION",
				e.solutionId() == null ? e.scenarioId() : e.solutionId(), Map.of("reverted", e.revertedNumbers()),
				Map.of("restored", e.restoredNumber(), "scenario", e.scenarioId()));
	}

	@EventListener
	void on(RewardSaved e) {
		this.log.record(null, e.before().isEmpty() ? "reward.create" : "reward.edit", "REWARD", e.rewardId(),
				e.before(), e.after());
	}

	@EventListener
	void on(RedemptionDecided e) {
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", e.fulfilled() ? "FULFILLED" : "REJECTED");
		if (!e.fulfilled()) {
			after.put("pointsReturned", e.cost());
		}
		if (e.note() != null) {
			after.put("note", e.note());
		}
		this.log.record(e.adminId(), e.fulfilled() ? "redemption.fulfil" : "redemption.reject", "REDEMPTION",
				e.redemptionId(), Map.of("status", "REQUESTED", "reward", e.rewardName(), "member", e.userId()), after);
	}

	/**
	 * A rule has a code, not a number: the code travels in the states and the target id
	 * is 0.
	 */
	@EventListener
	void on(PointRuleChanged e) {
		this.log.record(e.adminId(), "points.rule", "POINT_RULE", 0, Map.of("rule", e.code(), "amount", e.before()),
				Map.of("rule", e.code(), "amount", e.after()));
	}

	@EventListener
	void on(TagChanged e) {
		this.log.record(null, "tag." + e.action(), "TAG", e.tagId(), e.before(), e.after());
	}

	@EventListener
	void on(QuerySynonymChanged e) {
		this.log.record(e.adminId(), "synonym." + e.action(), "QUERY_SYNONYM", e.synonymId(), e.before(), e.after());
	}

	@EventListener
	void on(CategoryChanged e) {
		this.log.record(null, "category." + e.action(), "CATEGORY", e.categoryId(), e.before(), e.after());
	}

	@EventListener
	void on(ImportCompleted e) {
		Map<String, Object> what = new LinkedHashMap<>();
		if (e.fileName() != null) {
			what.put("file", e.fileName());
		}
		what.put("format", e.format());
		what.put("imported", e.imported());
		what.put("updated", e.updated());
		what.put("unchanged", e.unchanged());
		what.put("errors", e.errors());
		// an import touches many scenarios, each with its own revisions; the entry itself
		// has no one target
		this.log.record(e.importerId(), "import", "IMPORT", 0, Map.of(), what);
	}

	@EventListener
	void on(AccountChanged e) {
		this.log.record(null, "user." + e.action(), "USER", e.accountId(), e.before(), e.after());
	}

}
