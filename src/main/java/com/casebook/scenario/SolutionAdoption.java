package com.casebook.scenario;

import java.time.Clock;

import jakarta.persistence.EntityManager;

import com.casebook.user.CurrentUser;
import com.casebook.user.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which solution of a published scenario is the recommended practice: adopting one (with
 * a note), withdrawing the adoption, and merging two solutions (the adoption follows the
 * kept one). Each method is one transaction.
 */
@Service
@Transactional
public class SolutionAdoption {

	private final ScenarioWrites writes;

	private final Clock clock;

	private final EntityManager entityManager;

	SolutionAdoption(ScenarioWrites writes, Clock clock, EntityManager entityManager) {
		this.writes = writes;
		this.clock = clock;
		this.entityManager = entityManager;
	}

	/**
	 * Marks a solution of a published scenario as the recommended practice, with the
	 * editor's note; the previously adopted one, if any, loses the mark.
	 */
	public void adopt(long id, long solutionId, CurrentUser editor, String note) {
		ScenarioWrites.requireRole(editor, Role.EDITOR);
		Scenario scenario = this.writes.load(id);
		ScenarioWrites.requirePublished(scenario);
		scenario.adopt(solutionId, editor.getId(), note, this.clock.instant());
		this.writes.saveAndAnnounce(scenario);
	}

	/**
	 * Withdraws the adoption: no solution of the scenario is the recommended practice any
	 * more.
	 */
	public void withdrawAdoption(long id, CurrentUser editor) {
		ScenarioWrites.requireRole(editor, Role.EDITOR);
		Scenario scenario = this.writes.load(id);
		scenario.withdrawAdoption(editor.getId(), this.clock.instant());
		this.writes.saveAndAnnounce(scenario);
	}

	/**
	 * Merges two solutions of a published scenario that say the same thing:
	 * {@code keptId} gets the text the editor combined, and the "I applied this" records
	 * of the other (except those of people who applied both); both authors are credited.
	 */
	public void mergeSolutions(long id, long keptId, long mergedId, SolutionContent combined, CurrentUser editor,
			String summary) {
		ScenarioWrites.requireRole(editor, Role.EDITOR);
		Scenario scenario = this.writes.load(id);
		scenario.mergeSolutions(keptId, mergedId, combined, editor.getId(), summary, this.clock.instant());
		this.entityManager.flush();
		this.entityManager.createNativeQuery("""
				update solution_application set solution_id = :kept
				where solution_id = :merged
				  and user_id not in (select user_id from solution_application where solution_id = :kept)
				""").setParameter("kept", keptId).setParameter("merged", mergedId).executeUpdate();
		for (long solutionId : new long[] { keptId, mergedId }) {
			Number count = (Number) this.entityManager
				.createNativeQuery("select count(*) from solution_application where solution_id = :id")
				.setParameter("id", solutionId)
				.getSingleResult();
			scenario.solution(solutionId).setAppliedCount(count.intValue());
		}
		// announced once the "I applied this" records have moved too
		this.writes.saveAndAnnounce(scenario);
	}

}
