package com.casebook.points;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import com.casebook.merge.MergeEvents.MergeUndone;
import com.casebook.merge.MergeEvents.ScenariosMerged;
import com.casebook.revision.RevisionReverted;
import com.casebook.scenario.ScenarioLifecycleEvents.EffectConfirmed;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioAmended;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioPublished;
import com.casebook.scenario.ScenarioLifecycleEvents.SolutionAdded;
import com.casebook.scenario.ScenarioLifecycleEvents.SolutionAdoptionChanged;
import com.casebook.scenario.ScenarioLifecycleEvents.SolutionApplied;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns contributions into ledger entries, inside the transaction of the contribution
 * itself: the points exist exactly when the contribution does.
 * <ul>
 * <li>Amendments are paid when made, up to an admin-set number per person per day, and
 * reversed when reverted within {@link #REVERT_WINDOW}, so an edit that is undone earns
 * nothing. A revert earns nothing either: it only writes the reversals of what it
 * undoes.</li>
 * <li>Withdrawing an adoption, undoing a merge and reverting reverse the entries they
 * caused. Archiving a scenario keeps its points: the contribution was real when it was
 * made.</li>
 * <li>Nobody earns from their own "I applied this" or from flagging a duplicate they
 * merge themselves.</li>
 * </ul>
 */
@Component
class PointAwards {

	static final Duration REVERT_WINDOW = Duration.ofDays(30);

	private final PointsLedger ledger;

	private final PointRules rules;

	private final JdbcClient jdbc;

	PointAwards(PointsLedger ledger, PointRules rules, JdbcClient jdbc) {
		this.ledger = ledger;
		this.rules = rules;
		this.jdbc = jdbc;
	}

	@EventListener
	void on(ScenarioPublished published) {
		this.ledger.award(published.authorId(), PointReason.SCENARIO_PUBLISHED, "scenario:" + published.scenarioId(),
				published.scenarioId(), null);
		firstContribution(published.authorId(), published.scenarioId());
	}

	@EventListener
	void on(SolutionAdded added) {
		this.ledger.award(added.authorId(), PointReason.SOLUTION_ADDED, "solution:" + added.solutionId(),
				added.scenarioId(), added.solutionId());
		firstContribution(added.authorId(), added.scenarioId());
	}

	@EventListener
	void on(SolutionAdoptionChanged change) {
		String cause = "solution:" + change.solutionId();
		if (change.adopted()) {
			this.ledger.award(change.solutionAuthorId(), PointReason.SOLUTION_ADOPTED, cause, change.scenarioId(),
					change.solutionId());
		}
		else {
			this.ledger.reverse(change.solutionAuthorId(), PointReason.SOLUTION_ADOPTED, cause);
		}
	}

	/**
	 * Paid just before the amendment commits rather than when it is announced: a revert
	 * is saved as an amendment and only says it is one afterwards, in the same
	 * transaction, and it must earn nothing (not an award and its reversal).
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(ScenarioAmended amended) {
		String cause = revisionCause(amended.scenarioId(), amended.solutionId(), amended.number());
		if (revertsInThisTransaction().contains(cause)) {
			return;
		}
		this.ledger.lock(amended.editorId());
		if (this.ledger.countToday(amended.editorId(), PointReason.AMENDMENT) < this.rules
			.amount(PointRules.DAILY_AMENDMENT_CAP)) {
			this.ledger.award(amended.editorId(), PointReason.AMENDMENT, cause, amended.scenarioId(),
					amended.solutionId());
		}
	}

	/**
	 * The undone amendments lose their points if recent; the revert's own revision earns
	 * none.
	 */
	@EventListener
	void on(RevisionReverted reverted) {
		int revertNumber = reverted.revertedNumbers()
			.stream()
			.mapToInt(Integer::intValue)
			.max()
			.orElse(reverted.restoredNumber()) + 1;
		revertsInThisTransaction().add(revisionCause(reverted.scenarioId(), reverted.solutionId(), revertNumber));
		for (int number : reverted.revertedNumbers()) {
			String cause = revisionCause(reverted.scenarioId(), reverted.solutionId(), number);
			this.jdbc.sql("""
					select user_id from point_entry
					where reason = 'AMENDMENT' and cause = :cause and reverses_id is null
					  and created_at >= now() - make_interval(days => :days)
					""")
				.param("cause", cause)
				.param("days", (int) REVERT_WINDOW.toDays())
				.query(Long.class)
				.list()
				.forEach(author -> this.ledger.reverse(author, PointReason.AMENDMENT, cause));
		}
	}

	/**
	 * The revisions saved by reverts in the running transaction, forgotten when it ends.
	 */
	@SuppressWarnings("unchecked")
	private Set<String> revertsInThisTransaction() {
		Set<String> causes = (Set<String>) TransactionSynchronizationManager.getResource(this);
		if (causes == null) {
			Set<String> fresh = new HashSet<>();
			TransactionSynchronizationManager.bindResource(this, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(PointAwards.this);
				}
			});
			causes = fresh;
		}
		return causes;
	}

	@EventListener
	void on(ScenariosMerged merged) {
		for (long flagger : merged.flaggedBy()) {
			if (flagger != merged.editorId()) {
				this.ledger.award(flagger, PointReason.DUPLICATE_FLAG_CONFIRMED, "merge:" + merged.mergeId(),
						merged.targetId(), null);
			}
		}
	}

	@EventListener
	void on(MergeUndone undone) {
		this.jdbc
			.sql("select user_id from point_entry where reason = 'DUPLICATE_FLAG_CONFIRMED' and cause = :cause "
					+ "and reverses_id is null")
			.param("cause", "merge:" + undone.mergeId())
			.query(Long.class)
			.list()
			.forEach(flagger -> this.ledger.reverse(flagger, PointReason.DUPLICATE_FLAG_CONFIRMED,
					"merge:" + undone.mergeId()));
	}

	/**
	 * Paid up to the daily cap per receiver; the lock makes the cap hold under
	 * concurrency.
	 */
	@EventListener
	void on(SolutionApplied applied) {
		if (applied.appliedBy() == applied.solutionAuthorId()) {
			return;
		}
		this.ledger.lock(applied.solutionAuthorId());
		if (this.ledger.countToday(applied.solutionAuthorId(), PointReason.APPLIED_RECEIVED) < this.rules
			.amount(PointRules.DAILY_APPLIED_CAP)) {
			this.ledger.award(applied.solutionAuthorId(), PointReason.APPLIED_RECEIVED,
					"applied:" + applied.solutionId() + ":" + applied.appliedBy(), applied.scenarioId(),
					applied.solutionId());
		}
	}

	/**
	 * A measured effect others confirmed pays its author once per solution and KPI (the
	 * ledger's key), however many confirm it. Paid after the confirming report or the
	 * editor's confirmation has committed, in a transaction of its own: the confirmation
	 * stands whether or not the payment does.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(EffectConfirmed confirmed) {
		if (confirmed.authorId() == confirmed.confirmedBy()) {
			return;
		}
		this.ledger.award(confirmed.authorId(), PointReason.EFFECT_CONFIRMED,
				"effect:" + confirmed.solutionId() + ":" + confirmed.kpiId(), confirmed.scenarioId(),
				confirmed.solutionId());
	}

	private void firstContribution(long userId, long scenarioId) {
		this.ledger.award(userId, PointReason.FIRST_CONTRIBUTION, "first", scenarioId, null);
	}

	private static String revisionCause(long scenarioId, Long solutionId, int number) {
		return solutionId == null ? "revision:" + scenarioId + ":" + number
				: "revision:" + scenarioId + ":solution:" + solutionId + ":" + number;
	}

}
