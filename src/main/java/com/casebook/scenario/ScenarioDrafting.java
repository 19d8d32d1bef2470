package com.casebook.scenario;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.casebook.user.CurrentUser;
import com.casebook.user.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing a scenario before review: a new draft (with its first solution), saving the
 * draft or submission again, sending it for review. Each method is one transaction.
 */
@Service
@Transactional
public class ScenarioDrafting {

	private final ScenarioWrites writes;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ScenarioDrafting(ScenarioWrites writes, Clock clock, ApplicationEventPublisher events) {
		this.writes = writes;
		this.clock = clock;
		this.events = events;
	}

	/** A new draft with its first solution (which may still be incomplete in a draft). */
	public long createDraft(CurrentUser author, ScenarioContent content, SolutionContent firstSolution) {
		Instant now = this.clock.instant();
		Scenario scenario = Scenario.draft(author.getId(), content, now);
		if (ScenarioWrites.isComplete(firstSolution)) {
			scenario.addSolution(author.getId(), firstSolution, now);
		}
		this.writes.saveAndAnnounce(scenario);
		return scenario.getId();
	}

	/**
	 * Saves the author's (or an editor's) changes to a draft or submission, made from
	 * {@code baseRevision} of its text and {@code solutionBaseRevision} of its first
	 * solution (0 when it had none yet); the first solution is created or revised with
	 * it. Only what changed gets a revision; a save changing nothing is refused.
	 */
	public void updateDraft(long id, CurrentUser editor, ScenarioContent content, SolutionContent firstSolution,
			int baseRevision, int solutionBaseRevision) {
		Scenario scenario = this.writes.load(id);
		if (scenario.getStatus() != ScenarioStatus.DRAFT && scenario.getStatus() != ScenarioStatus.SUBMITTED) {
			throw new IllegalStateException("Only drafts and submissions are edited through the template");
		}
		ScenarioWrites.requireCanEdit(scenario, editor);
		scenario.requireLatest(baseRevision);
		List<Solution> solutions = scenario.getSolutions();
		Solution first = solutions.isEmpty() ? null : solutions.get(0);
		int firstRevision = first == null ? 0 : first.getRevisionNumber();
		if (solutionBaseRevision != firstRevision) {
			throw new EditConflictException(id, first == null ? null : first.getId(), solutionBaseRevision,
					firstRevision);
		}
		boolean textChanged = scenario.differsFrom(content);
		boolean solutionChanged = ScenarioWrites.isComplete(firstSolution) && (first == null
				|| !first.content().equals(firstSolution.creditMeasurements(first.content(), editor.getId())));
		if (!textChanged && !solutionChanged) {
			throw new UnchangedTextException(id, null);
		}
		Instant now = this.clock.instant();
		if (textChanged) {
			scenario.revise(content, baseRevision, editor.getId(), null, now);
		}
		if (solutionChanged && first == null) {
			scenario.addSolution(scenario.getAuthorId(), firstSolution, editor.getId(), null, now);
		}
		else if (solutionChanged) {
			scenario.reviseSolution(first.getId(), firstSolution, firstRevision, editor.getId(), null, now);
		}
		this.writes.saveAndAnnounce(scenario);
	}

	/**
	 * Deletes a draft for good: only its author or an admin may, and only a draft that
	 * never went to review.
	 */
	public void deleteDraft(long id, CurrentUser user) {
		Scenario scenario = this.writes.load(id);
		if (scenario.getAuthorId() != user.getId() && !user.has(Role.ADMIN)) {
			throw new AccessDeniedException("Not your draft");
		}
		if (!scenario.isDeletableDraft()) {
			throw new IllegalStateException("Only drafts that never went to review are deleted");
		}
		this.events.publishEvent(new ScenarioLifecycleEvents.DraftDeleted(id, scenario.getAuthorId(), user.getId(),
				scenario.getTitle()));
		this.writes.delete(scenario);
	}

	public void submit(long id, CurrentUser author) {
		Scenario scenario = this.writes.load(id);
		ScenarioWrites.requireCanEdit(scenario, author);
		scenario.submit(this.clock.instant());
		this.writes.saveAndAnnounce(scenario);
	}

}
