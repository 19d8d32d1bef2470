package com.casebook.scenario;

import java.time.Clock;

import com.casebook.user.CurrentUser;
import com.casebook.user.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wiki-style changes to a published scenario by any manager: amending its text or one
 * solution from the revision they started from, or adding a further solution. Each method
 * is one transaction.
 */
@Service
@Transactional
public class WikiAmendments {

	private final ScenarioWrites writes;

	private final Clock clock;

	WikiAmendments(ScenarioWrites writes, Clock clock) {
		this.writes = writes;
		this.clock = clock;
	}

	/**
	 * A wiki amendment of a published scenario's text, made from {@code baseRevision}.
	 */
	public int amend(long id, CurrentUser editor, ScenarioContent content, int baseRevision, String summary) {
		ScenarioWrites.requireRole(editor, Role.MANAGER);
		Scenario scenario = this.writes.load(id);
		ScenarioWrites.requirePublished(scenario);
		int number = scenario.revise(content, baseRevision, editor.getId(), summary, this.clock.instant());
		this.writes.saveAndAnnounce(scenario);
		return number;
	}

	/** A wiki amendment of one solution of a published scenario. */
	public int amendSolution(long id, long solutionId, CurrentUser editor, SolutionContent content, int baseRevision,
			String summary) {
		ScenarioWrites.requireRole(editor, Role.MANAGER);
		Scenario scenario = this.writes.load(id);
		ScenarioWrites.requirePublished(scenario);
		int number = scenario.reviseSolution(solutionId, content, baseRevision, editor.getId(), summary,
				this.clock.instant());
		this.writes.saveAndAnnounce(scenario);
		return number;
	}

	/**
	 * "I handled this situation differently": a further solution on a published scenario.
	 */
	public long addSolution(long id, CurrentUser author, SolutionContent content) {
		ScenarioWrites.requireRole(author, Role.MANAGER);
		Scenario scenario = this.writes.load(id);
		ScenarioWrites.requirePublished(scenario);
		Solution added = scenario.addSolution(author.getId(), content, this.clock.instant());
		// flushing inserts the new solution and gives it its id, then its events go out
		this.writes.saveAndAnnounce(scenario);
		return added.getId();
	}

}
