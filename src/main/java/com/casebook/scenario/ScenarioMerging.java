package com.casebook.scenario;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import com.casebook.user.CurrentUser;
import com.casebook.user.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a duplicate's content into the scenario it duplicates, and back. Runs inside the
 * caller's transaction (the merge module's), which records the merge: both happen or
 * neither.
 * <p>
 * Solutions, their "I applied this" records and the comments change owner with bulk
 * updates rather than through the collections: a solution removed from one scenario's
 * collection would be deleted as an orphan before it reached the other. Both scenarios
 * are then reloaded, so the search index and the rest of the transaction see the moved
 * solutions.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ScenarioMerging {

	private final EntityManager entityManager;

	private final ScenarioRepository scenarios;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ScenarioMerging(EntityManager entityManager, ScenarioRepository scenarios, ApplicationEventPublisher events,
			Clock clock) {
		this.entityManager = entityManager;
		this.scenarios = scenarios;
		this.events = events;
		this.clock = clock;
	}

	/** What merging would produce, computed without changing anything. */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRED)
	public ScenarioContent preview(long targetId, long sourceId, String situation) {
		Scenario target = load(targetId);
		Scenario source = load(sourceId);
		requireMergeable(target, source);
		return united(target.content(), source.content(), situation);
	}

	/**
	 * Merges {@code sourceId} into {@code targetId}; {@code situation}, when given,
	 * replaces the target's situation (the editor combining both texts). The summaries
	 * are written into both histories.
	 */
	public MergeSnapshot merge(long targetId, long sourceId, String situation, CurrentUser editor, String targetSummary,
			String sourceSummary) {
		requireEditor(editor);
		Instant now = this.clock.instant();
		Scenario target = load(targetId);
		Scenario source = load(sourceId);
		requireMergeable(target, source);
		ScenarioContent before = target.content();
		ScenarioStatus sourceStatus = source.getStatus();
		List<Long> solutionIds = source.getAllSolutions().stream().map(Solution::getId).toList();
		List<Long> commentIds = commentIdsOf(sourceId);
		Long unadopted = null;
		if (target.adoptedSolution().isPresent() && source.adoptedSolution().isPresent()) {
			unadopted = source.adoptedSolution().get().getId();
			source.withdrawAdoption(editor.getId(), now);
			this.scenarios.save(source);
		}
		int appliedMoved = source.getSolutions().stream().mapToInt(Solution::getAppliedCount).sum();
		this.entityManager.flush();
		move(solutionIds, commentIds, sourceId, targetId);
		this.entityManager.refresh(target);
		this.entityManager.refresh(source);

		ScenarioContent merged = united(before, source.content(), situation);
		int targetNumber = target.absorb(merged, appliedMoved, now);
		int sourceNumber = source.mergeInto(targetId, appliedMoved, now);
		this.entityManager.flush();
		this.events.publishEvent(new ScenarioRevised(targetId, targetNumber, editor.getId(), targetSummary, merged));
		this.events
			.publishEvent(new ScenarioRevised(sourceId, sourceNumber, editor.getId(), sourceSummary, source.content()));
		return new MergeSnapshot(targetId, sourceId, sourceStatus, before, solutionIds, commentIds, unadopted);
	}

	/**
	 * Undoes a merge: the source comes back with its solutions and comments, as it was;
	 * the target returns to its text before the merge, as a new revision (later edits
	 * stay in its history). Solutions merged away since are not brought back.
	 */
	public void unmerge(MergeSnapshot merge, CurrentUser editor, String targetSummary, String sourceSummary) {
		requireEditor(editor);
		Instant now = this.clock.instant();
		Scenario target = load(merge.targetId());
		Scenario source = load(merge.sourceId());
		if (source.getStatus() != ScenarioStatus.MERGED
				|| !Long.valueOf(merge.targetId()).equals(source.getMergedIntoId())) {
			throw new IllegalStateException("Scenario " + merge.sourceId() + " is not merged into " + merge.targetId());
		}
		List<Long> solutionIds = target.getAllSolutions()
			.stream()
			.map(Solution::getId)
			.filter(merge.movedSolutionIds()::contains)
			.toList();
		int appliedBack = target.getSolutions()
			.stream()
			.filter(s -> solutionIds.contains(s.getId()))
			.mapToInt(Solution::getAppliedCount)
			.sum();
		this.entityManager.flush();
		move(solutionIds, merge.movedCommentIds(), merge.targetId(), merge.sourceId());
		this.entityManager.refresh(target);
		this.entityManager.refresh(source);

		int targetNumber = target.release(merge.targetBefore(), appliedBack, now);
		int sourceNumber = source.restoreFromMerge(merge.sourceStatusBefore(), appliedBack, now);
		if (merge.unadoptedSolutionId() != null && solutionIds.contains(merge.unadoptedSolutionId())) {
			source.adopt(merge.unadoptedSolutionId(), editor.getId());
			this.scenarios.save(source);
		}
		this.entityManager.flush();
		this.events.publishEvent(
				new ScenarioRevised(target.getId(), targetNumber, editor.getId(), targetSummary, target.content()));
		this.events.publishEvent(
				new ScenarioRevised(source.getId(), sourceNumber, editor.getId(), sourceSummary, source.content()));
	}

	private void move(List<Long> solutionIds, List<Long> commentIds, long from, long to) {
		if (!solutionIds.isEmpty()) {
			this.entityManager.createQuery("update Solution s set s.scenario = :to where s.id in (:ids)")
				.setParameter("to", this.entityManager.getReference(Scenario.class, to))
				.setParameter("ids", solutionIds)
				.executeUpdate();
			// applications and comments are immutable entities: moved in SQL
			this.entityManager
				.createNativeQuery("update solution_application set scenario_id = :to where solution_id in (:ids)")
				.setParameter("to", to)
				.setParameter("ids", solutionIds)
				.executeUpdate();
		}
		if (!commentIds.isEmpty()) {
			this.entityManager.createNativeQuery("update scenario_comment set scenario_id = :to where id in (:ids)")
				.setParameter("to", to)
				.setParameter("ids", commentIds)
				.executeUpdate();
		}
	}

	private List<Long> commentIdsOf(long scenarioId) {
		return this.entityManager
			.createQuery("select c.id from ScenarioComment c where c.scenarioId = :id order by c.id", Long.class)
			.setParameter("id", scenarioId)
			.getResultList();
	}

	/**
	 * The target's fields with the source's tags and KPIs added, and the editor's
	 * situation if any.
	 */
	static ScenarioContent united(ScenarioContent target, ScenarioContent source, String situation) {
		Set<Long> tags = new LinkedHashSet<>(target.tagIds());
		tags.addAll(source.tagIds());
		Set<Long> kpis = new LinkedHashSet<>(target.kpiIds());
		kpis.addAll(source.kpiIds());
		String text = situation == null || situation.isBlank() ? target.situation() : situation;
		return target.toBuilder().situation(text).kpiIds(kpis).tagIds(tags).build();
	}

	private static void requireMergeable(Scenario target, Scenario source) {
		if (target.getId().equals(source.getId())) {
			throw new IllegalArgumentException("A scenario cannot be merged into itself");
		}
		if (target.getStatus() != ScenarioStatus.PUBLISHED) {
			throw new IllegalStateException("Only a published scenario can take in a duplicate");
		}
		if (source.getStatus() != ScenarioStatus.PUBLISHED && source.getStatus() != ScenarioStatus.SUBMITTED) {
			throw new IllegalStateException("Only a published or submitted scenario can be merged away");
		}
	}

	private static void requireEditor(CurrentUser editor) {
		if (!editor.has(Role.EDITOR)) {
			throw new AccessDeniedException("Merging needs an editor");
		}
	}

	private Scenario load(long id) {
		return this.scenarios.findById(id).orElseThrow(() -> new ScenarioNotFoundException(id));
	}

}
