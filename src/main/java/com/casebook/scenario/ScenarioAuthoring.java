package com.casebook.scenario;

import jakarta.persistence.EntityManager;

import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioArchived;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioPublished;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioSentBack;
import com.casebook.scenario.ScenarioLifecycleEvents.SolutionAdded;
import com.casebook.scenario.ScenarioLifecycleEvents.SolutionAdoptionChanged;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.casebook.user.CurrentUser;
import com.casebook.user.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing scenarios: drafts, submissions, review, wiki amendments and new solutions. Each
 * method is one transaction; every save of a text publishes a {@link ScenarioRevised} or
 * {@link SolutionRevised} inside it, so its revision is stored with it.
 */
@Service
@Transactional
public class ScenarioAuthoring {

	private final ScenarioRepository scenarios;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final EntityManager entityManager;

	ScenarioAuthoring(ScenarioRepository scenarios, ApplicationEventPublisher events, Clock clock,
			EntityManager entityManager) {
		this.entityManager = entityManager;
		this.scenarios = scenarios;
		this.events = events;
		this.clock = clock;
	}

	/** A new draft with its first solution (which may still be incomplete in a draft). */
	public long createDraft(CurrentUser author, ScenarioContent content, SolutionContent firstSolution) {
		Instant now = this.clock.instant();
		Scenario scenario = Scenario.draft(author.getId(), content, now);
		if (isComplete(firstSolution)) {
			scenario.addSolution(author.getId(), firstSolution, now);
		}
		this.scenarios.saveAndFlush(scenario);
		announceNew(scenario, author.getId(), null);
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
		Scenario scenario = load(id);
		if (scenario.getStatus() != ScenarioStatus.DRAFT && scenario.getStatus() != ScenarioStatus.SUBMITTED) {
			throw new IllegalStateException("Only drafts and submissions are edited through the template");
		}
		requireCanEdit(scenario, editor);
		scenario.requireLatest(baseRevision);
		List<Solution> solutions = scenario.getSolutions();
		Solution first = solutions.isEmpty() ? null : solutions.get(0);
		int firstRevision = first == null ? 0 : first.getRevisionNumber();
		if (solutionBaseRevision != firstRevision) {
			throw new EditConflictException(id, first == null ? null : first.getId(), solutionBaseRevision,
					firstRevision);
		}
		boolean textChanged = scenario.differsFrom(content);
		boolean solutionChanged = isComplete(firstSolution)
				&& (first == null || !first.content().equals(firstSolution));
		if (!textChanged && !solutionChanged) {
			throw new UnchangedTextException(id, null);
		}
		Instant now = this.clock.instant();
		if (textChanged) {
			int number = scenario.revise(content, baseRevision, now);
			this.events.publishEvent(new ScenarioRevised(id, number, editor.getId(), null, scenario.content()));
		}
		if (solutionChanged && first == null) {
			Solution added = scenario.addSolution(scenario.getAuthorId(), firstSolution, now);
			this.scenarios.flush();
			this.events.publishEvent(new SolutionRevised(id, added.getId(), 1, editor.getId(), null, firstSolution));
		}
		else if (solutionChanged) {
			int solutionNumber = scenario.reviseSolution(first.getId(), firstSolution, firstRevision, now);
			this.events.publishEvent(
					new SolutionRevised(id, first.getId(), solutionNumber, editor.getId(), null, firstSolution));
		}
		this.scenarios.flush();
	}

	public void submit(long id, CurrentUser author) {
		Scenario scenario = load(id);
		requireCanEdit(scenario, author);
		scenario.submit(this.clock.instant());
		this.events.publishEvent(new ScenarioLifecycleEvents.ScenarioSubmitted(id, scenario.getAuthorId()));
	}

	public void publish(long id, CurrentUser editor) {
		requireRole(editor, Role.EDITOR);
		Scenario scenario = load(id);
		scenario.publish(editor.getId(), this.clock.instant());
		this.events.publishEvent(new ScenarioPublished(id, scenario.getAuthorId(), editor.getId()));
	}

	public void sendBack(long id, CurrentUser editor, String comment) {
		requireRole(editor, Role.EDITOR);
		Scenario scenario = load(id);
		scenario.sendBack(editor.getId(), comment, this.clock.instant());
		this.events.publishEvent(new ScenarioSentBack(id, scenario.getAuthorId(), editor.getId(), comment));
	}

	public void archive(long id, CurrentUser editor) {
		requireRole(editor, Role.EDITOR);
		Scenario scenario = load(id);
		scenario.archive(this.clock.instant());
		this.events.publishEvent(new ScenarioArchived(id, scenario.getAuthorId(), editor.getId()));
	}

	/**
	 * Marks a solution of a published scenario as the recommended practice, with the
	 * editor's note; the previously adopted one, if any, loses the mark.
	 */
	public void adopt(long id, long solutionId, CurrentUser editor, String note) {
		requireRole(editor, Role.EDITOR);
		Scenario scenario = load(id);
		requirePublished(scenario);
		Solution previous = scenario.adoptedSolution().orElse(null);
		if (previous != null && previous.getId() == solutionId) {
			previous.recordAdoption(editor.getId(), note, this.clock.instant());
			return;
		}
		scenario.adopt(solutionId, editor.getId(), note, this.clock.instant());
		if (previous != null) {
			this.events.publishEvent(new SolutionAdoptionChanged(id, previous.getId(), previous.getAuthorId(),
					editor.getId(), false, null));
		}
		this.events.publishEvent(new SolutionAdoptionChanged(id, solutionId,
				scenario.solution(solutionId).getAuthorId(), editor.getId(), true, note));
	}

	/**
	 * Merges two solutions of a published scenario that say the same thing:
	 * {@code keptId} gets the text the editor combined, and the "I applied this" records
	 * of the other (except those of people who applied both); both authors are credited.
	 */
	public void mergeSolutions(long id, long keptId, long mergedId, SolutionContent combined, CurrentUser editor,
			String summary) {
		requireRole(editor, Role.EDITOR);
		Scenario scenario = load(id);
		int number = scenario.mergeSolutions(keptId, mergedId, combined, this.clock.instant());
		this.scenarios.flush();
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
		this.events.publishEvent(new SolutionRevised(id, keptId, number, editor.getId(), summary, combined));
		this.events.publishEvent(new ScenarioLifecycleEvents.SolutionsMerged(id, keptId, mergedId, editor.getId()));
	}

	/**
	 * Withdraws the adoption: no solution of the scenario is the recommended practice any
	 * more.
	 */
	public void withdrawAdoption(long id, CurrentUser editor) {
		requireRole(editor, Role.EDITOR);
		Scenario scenario = load(id);
		scenario.adoptedSolution().ifPresent(adopted -> {
			scenario.withdrawAdoption(this.clock.instant());
			this.events.publishEvent(new SolutionAdoptionChanged(id, adopted.getId(), adopted.getAuthorId(),
					editor.getId(), false, null));
		});
	}

	/**
	 * A wiki amendment of a published scenario's text, made from {@code baseRevision}.
	 */
	public int amend(long id, CurrentUser editor, ScenarioContent content, int baseRevision, String summary) {
		requireRole(editor, Role.MANAGER);
		Scenario scenario = load(id);
		requirePublished(scenario);
		int number = scenario.revise(content, baseRevision, this.clock.instant());
		this.scenarios.flush();
		this.events.publishEvent(new ScenarioRevised(id, number, editor.getId(), summary, scenario.content()));
		this.events.publishEvent(new ScenarioLifecycleEvents.ScenarioAmended(id, null, number, editor.getId()));
		return number;
	}

	/** A wiki amendment of one solution of a published scenario. */
	public int amendSolution(long id, long solutionId, CurrentUser editor, SolutionContent content, int baseRevision,
			String summary) {
		requireRole(editor, Role.MANAGER);
		Scenario scenario = load(id);
		requirePublished(scenario);
		int number = scenario.reviseSolution(solutionId, content, baseRevision, this.clock.instant());
		this.scenarios.flush();
		this.events.publishEvent(new SolutionRevised(id, solutionId, number, editor.getId(), summary, content));
		this.events.publishEvent(new ScenarioLifecycleEvents.ScenarioAmended(id, solutionId, number, editor.getId()));
		return number;
	}

	/**
	 * "I handled this situation differently": a further solution on a published scenario.
	 */
	public long addSolution(long id, CurrentUser author, SolutionContent content) {
		requireRole(author, Role.MANAGER);
		Scenario scenario = load(id);
		requirePublished(scenario);
		Solution added = scenario.addSolution(author.getId(), content, this.clock.instant());
		// the scenario is managed: flushing inserts the new solution and gives it its id
		this.scenarios.flush();
		this.events.publishEvent(new SolutionRevised(id, added.getId(), 1, author.getId(), null, content));
		this.events.publishEvent(new SolutionAdded(id, added.getId(), author.getId()));
		return added.getId();
	}

	/**
	 * Stores a scenario written elsewhere (demo data, an import) in the given state, as
	 * of the given time.
	 */
	public long store(ImportedScenario imported) {
		Instant at = imported.createdAt() != null ? imported.createdAt() : this.clock.instant();
		Scenario scenario = Scenario.draft(imported.authorId(), imported.content(), at);
		scenario.recordExternalRef(imported.externalRef());
		Solution adopted = null;
		for (ImportedScenario.Contribution contribution : imported.solutions()) {
			Solution solution = scenario.addSolution(contribution.authorId(), contribution.content(), at);
			if (contribution.adopted()) {
				adopted = solution;
			}
		}
		this.scenarios.saveAndFlush(scenario);
		if (adopted != null) {
			scenario.adopt(adopted.getId());
		}
		switch (imported.status()) {
			case SUBMITTED -> scenario.submit(at);
			case PUBLISHED -> scenario.publish(at);
			case ARCHIVED -> {
				scenario.publish(at);
				scenario.archive(at);
			}
			case DRAFT -> {
			}
			default -> throw new IllegalArgumentException("Cannot store a scenario as " + imported.status());
		}
		announceNew(scenario, imported.authorId(),
				imported.externalRef() == null ? null : "import " + imported.externalRef());
		return scenario.getId();
	}

	/**
	 * An import of a scenario that already exists (see {@link #importedAs}): its text and
	 * solutions are saved as new revisions, solutions matched by their order; extra
	 * solutions are added. Returns whether anything changed: a line as the scenario
	 * already is leaves no revision and announces nothing.
	 */
	public boolean updateImported(long id, ImportedScenario imported, long importerId) {
		Scenario scenario = load(id);
		Instant now = this.clock.instant();
		String summary = "import " + imported.externalRef();
		boolean changed = false;
		if (scenario.differsFrom(imported.content())) {
			int number = scenario.revise(imported.content(), scenario.getRevisionNumber(), now);
			this.events
				.publishEvent(new ScenarioRevised(scenario.getId(), number, importerId, summary, scenario.content()));
			changed = true;
		}
		List<Solution> existing = scenario.getSolutionsInOrderAdded();
		Long adopted = null;
		for (int i = 0; i < imported.solutions().size(); i++) {
			ImportedScenario.Contribution contribution = imported.solutions().get(i);
			Solution solution;
			if (i < existing.size()) {
				solution = existing.get(i);
				if (!solution.content().equals(contribution.content())) {
					int number = scenario.reviseSolution(solution.getId(), contribution.content(),
							solution.getRevisionNumber(), now);
					this.events.publishEvent(new SolutionRevised(scenario.getId(), solution.getId(), number, importerId,
							summary, contribution.content()));
					changed = true;
				}
			}
			else {
				solution = scenario.addSolution(contribution.authorId(), contribution.content(), now);
				this.scenarios.flush();
				this.events.publishEvent(new SolutionRevised(scenario.getId(), solution.getId(), 1, importerId, summary,
						contribution.content()));
				changed = true;
			}
			if (contribution.adopted()) {
				adopted = solution.getId();
			}
		}
		if (adopted != null && !solutionIsAdopted(scenario, adopted)) {
			scenario.adopt(adopted);
			changed = true;
		}
		if (imported.status() == ScenarioStatus.PUBLISHED
				&& (scenario.getStatus() == ScenarioStatus.DRAFT || scenario.getStatus() == ScenarioStatus.SUBMITTED)) {
			scenario.publish(now);
			changed = true;
		}
		this.scenarios.flush();
		return changed;
	}

	/**
	 * The scenario an imported line stands for: the one with its external ref or, failing
	 * that, scenario {@code localId} (an export names a scenario made here
	 * {@code casebook-<id>}) if it has no external ref of its own and is not merged.
	 */
	public Optional<Long> importedAs(String externalRef, Long localId) {
		if (externalRef == null) {
			return Optional.empty();
		}
		Optional<Long> byRef = this.scenarios.findByExternalRef(externalRef).map(Scenario::getId);
		if (byRef.isPresent() || localId == null) {
			return byRef;
		}
		return this.scenarios.findById(localId)
			.filter(s -> s.getExternalRef() == null && s.getStatus() != ScenarioStatus.MERGED)
			.map(Scenario::getId);
	}

	private static boolean solutionIsAdopted(Scenario scenario, long solutionId) {
		return scenario.adoptedSolution().map(s -> s.getId().equals(solutionId)).orElse(false);
	}

	private void announceNew(Scenario scenario, long editorId, String summary) {
		this.events.publishEvent(new ScenarioRevised(scenario.getId(), scenario.getRevisionNumber(), editorId, summary,
				scenario.content()));
		for (Solution solution : scenario.getSolutions()) {
			this.events.publishEvent(new SolutionRevised(scenario.getId(), solution.getId(),
					solution.getRevisionNumber(), solution.getAuthorId(), summary, solution.content()));
		}
	}

	/**
	 * Every write locks the scenario's row first: concurrent saves from one revision then
	 * take turns, and each later one sees the newer revision and is refused as an edit
	 * conflict instead of failing on the version column at commit.
	 */
	private Scenario load(long id) {
		return this.scenarios.findForUpdate(id).orElseThrow(() -> new ScenarioNotFoundException(id));
	}

	private static boolean isComplete(SolutionContent solution) {
		return solution != null && solution.hasRequiredFields();
	}

	private static void requireCanEdit(Scenario scenario, CurrentUser user) {
		if (!scenario.isEditableBy(user.getId(), user.has(Role.EDITOR))) {
			throw new AccessDeniedException("Not your scenario");
		}
	}

	private static void requireRole(CurrentUser user, Role role) {
		if (!user.has(role)) {
			throw new AccessDeniedException("Needs role " + role);
		}
	}

	private static void requirePublished(Scenario scenario) {
		if (scenario.getStatus() != ScenarioStatus.PUBLISHED) {
			throw new IllegalStateException("Only published scenarios are amended wiki-style");
		}
	}

	/**
	 * A scenario from outside, with its solutions and the state it should be stored in.
	 */
	public record ImportedScenario(String externalRef, long authorId, ScenarioContent content,
			List<Contribution> solutions, ScenarioStatus status, Instant createdAt) {

		public record Contribution(long authorId, SolutionContent content, boolean adopted) {
		}

	}

}
