package com.casebook.scenario;

/**
 * What happens to scenarios that other modules react to (points, notifications, the audit
 * log). Each is published inside the transaction that made the change, so a listener that
 * writes in the same transaction is stored with the change or not at all; listeners that
 * must not hold the change up use {@code @TransactionalEventListener} or Modulith's
 * {@code @ApplicationModuleListener}.
 */
public final class ScenarioLifecycleEvents {

	private ScenarioLifecycleEvents() {
	}

	/** The author sent a draft for review. */
	public record ScenarioSubmitted(long scenarioId, long authorId) {
	}

	/**
	 * The author (or an admin) deleted a draft that never went to review. Published
	 * before the scenario's rows go, so that the modules holding rows about it remove
	 * them first, in the same transaction.
	 */
	public record DraftDeleted(long scenarioId, long authorId, long deletedBy, String title) {
	}

	/** An editor published a submitted scenario. */
	public record ScenarioPublished(long scenarioId, long authorId, long editorId) {
	}

	/** An editor sent a submission back to its author with a comment. */
	public record ScenarioSentBack(long scenarioId, long authorId, long editorId, String comment) {
	}

	/** An editor archived a published scenario. */
	public record ScenarioArchived(long scenarioId, long authorId, long editorId) {
	}

	/**
	 * Someone amended the text of a published scenario ({@code solutionId} null) or of
	 * one of its solutions, creating revision {@code number}; reverts are amendments too.
	 */
	public record ScenarioAmended(long scenarioId, Long solutionId, int number, long editorId) {
	}

	/** Someone added a further solution to a published scenario. */
	public record SolutionAdded(long scenarioId, long solutionId, long authorId) {
	}

	/**
	 * An editor adopted a solution as the recommended practice ({@code adopted}), or
	 * withdrew the adoption. Adopting one solution withdraws the previous one, which is
	 * announced first.
	 */
	public record SolutionAdoptionChanged(long scenarioId, long solutionId, long solutionAuthorId, long editorId,
			boolean adopted, String note) {
	}

	/**
	 * An editor merged solution {@code mergedId} into {@code keptId} of the same
	 * scenario.
	 */
	public record SolutionsMerged(long scenarioId, long keptId, long mergedId, long editorId) {
	}

	/**
	 * Someone reported "I applied this" on a solution written by
	 * {@code solutionAuthorId}.
	 */
	public record SolutionApplied(long scenarioId, long solutionId, long solutionAuthorId, long appliedBy) {
	}

	/**
	 * An editor confirmed an outlier among a solution's measured effects: it counts from
	 * now on.
	 */
	public record MeasurementConfirmed(long scenarioId, long solutionId, long kpiId, long editorId) {
	}

	/**
	 * Someone other than its author confirmed the measured effect {@code authorId}
	 * reported for a solution and KPI: an editor vouching for an outlier, or another
	 * person's "I applied this" figures changing the same way.
	 */
	public record EffectConfirmed(long scenarioId, long solutionId, long kpiId, long authorId, long confirmedBy) {
	}

}
