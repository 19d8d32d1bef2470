package com.casebook.scenario;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.casebook.user.CurrentUser;
import com.casebook.user.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing scenarios: drafts, submissions, review, wiki amendments and new solutions. Each
 * method is one transaction: it loads the scenario locked, lets the aggregate change (and
 * register what it announces: {@link ScenarioRevised}, {@link SolutionRevised}, the
 * {@link ScenarioLifecycleEvents}) and saves it, which publishes those events inside the
 * transaction, so a revision is stored with its save.
 */
@Service
@Transactional
public class ScenarioAuthoring {

	private final ScenarioRepository scenarios;

	private final Clock clock;

	private final jakarta.persistence.EntityManager entityManager;

	ScenarioAuthoring(ScenarioRepository scenarios, Clock clock, jakarta.persistence.EntityManager entityManager) {
		this.entityManager = entityManager;
		this.scenarios = scenarios;
		this.clock = clock;
	}

	/** A new draft with its first solution (which may still be incomplete in a draft). */
	public long createDraft(CurrentUser author, ScenarioContent content, SolutionContent firstSolution) {
		Instant now = this.clock.instant();
		Scenario scenario = Scenario.draft(author.getId(), content, now);
		if (isComplete(firstSolution)) {
			scenario.addSolution(author.getId(), firstSolution, now);
		}
		saveAndAnnounce(scenario);
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
			scenario.revise(content, baseRevision, editor.getId(), null, now);
		}
		if (solutionChanged && first == null) {
			scenario.addSolution(scenario.getAuthorId(), firstSolution, editor.getId(), null, now);
		}
		else if (solutionChanged) {
			scenario.reviseSolution(first.getId(), firstSolution, firstRevision, editor.getId(), null, now);
		}
		saveAndAnnounce(scenario);
	}

	public void submit(long id, CurrentUser author) {
		Scenario scenario = load(id);
		requireCanEdit(scenario, author);
		scenario.submit(this.clock.instant());
		saveAndAnnounce(scenario);
	}

	public void publish(long id, CurrentUser editor) {
		requireRole(editor, Role.EDITOR);
		Scenario scenario = load(id);
		scenario.publish(editor.getId(), this.clock.instant());
		saveAndAnnounce(scenario);
	}

	public void sendBack(long id, CurrentUser editor, String comment) {
		requireRole(editor, Role.EDITOR);
		Scenario scenario = load(id);
		scenario.sendBack(editor.getId(), comment, this.clock.instant());
		saveAndAnnounce(scenario);
	}

	public void archive(long id, CurrentUser editor) {
		requireRole(editor, Role.EDITOR);
		Scenario scenario = load(id);
		scenario.archive(editor.getId(), this.clock.instant());
		saveAndAnnounce(scenario);
	}

	/**
	 * Marks a solution of a published scenario as the recommended practice, with the
	 * editor's note; the previously adopted one, if any, loses the mark.
	 */
	public void adopt(long id, long solutionId, CurrentUser editor, String note) {
		requireRole(editor, Role.EDITOR);
		Scenario scenario = load(id);
		requirePublished(scenario);
		scenario.adopt(solutionId, editor.getId(), note, this.clock.instant());
		saveAndAnnounce(scenario);
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
		scenario.mergeSolutions(keptId, mergedId, combined, editor.getId(), summary, this.clock.instant());
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
		// announced once the "I applied this" records have moved too
		saveAndAnnounce(scenario);
	}

	/**
	 * Withdraws the adoption: no solution of the scenario is the recommended practice any
	 * more.
	 */
	public void withdrawAdoption(long id, CurrentUser editor) {
		requireRole(editor, Role.EDITOR);
		Scenario scenario = load(id);
		scenario.withdrawAdoption(editor.getId(), this.clock.instant());
		saveAndAnnounce(scenario);
	}

	/**
	 * A wiki amendment of a published scenario's text, made from {@code baseRevision}.
	 */
	public int amend(long id, CurrentUser editor, ScenarioContent content, int baseRevision, String summary) {
		requireRole(editor, Role.MANAGER);
		Scenario scenario = load(id);
		requirePublished(scenario);
		int number = scenario.revise(content, baseRevision, editor.getId(), summary, this.clock.instant());
		saveAndAnnounce(scenario);
		return number;
	}

	/** A wiki amendment of one solution of a published scenario. */
	public int amendSolution(long id, long solutionId, CurrentUser editor, SolutionContent content, int baseRevision,
			String summary) {
		requireRole(editor, Role.MANAGER);
		Scenario scenario = load(id);
		requirePublished(scenario);
		int number = scenario.reviseSolution(solutionId, content, baseRevision, editor.getId(), summary,
				this.clock.instant());
		saveAndAnnounce(scenario);
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
		// flushing inserts the new solution and gives it its id, then its events go out
		saveAndAnnounce(scenario);
		return added.getId();
	}

	/**
	 * Stores a scenario written elsewhere (demo data, an import by {@code importerId}) in
	 * the given state, as of the given time. It is announced like one written here:
	 * revisions, submission, publication, adoption (points, audit, notifications and the
	 * duplicate scan follow).
	 */
	public long store(ImportedScenario imported, long importerId) {
		Instant at = imported.createdAt() != null ? imported.createdAt() : this.clock.instant();
		String summary = imported.externalRef() == null ? null : "import " + imported.externalRef();
		Scenario scenario = Scenario.draft(imported.authorId(), imported.content(), summary, at);
		scenario.recordExternalRef(imported.externalRef());
		Solution adopted = null;
		for (ImportedScenario.Contribution contribution : imported.solutions()) {
			Solution solution = scenario.addSolution(contribution.authorId(), contribution.content(),
					contribution.authorId(), summary, at);
			if (contribution.adopted()) {
				adopted = solution;
			}
		}
		saveAndAnnounce(scenario);
		switch (imported.status()) {
			case SUBMITTED -> scenario.submit(at);
			case PUBLISHED -> scenario.publishImported(importerId, at);
			case ARCHIVED -> {
				scenario.publishImported(importerId, at);
				scenario.archive(importerId, at);
			}
			case DRAFT -> {
			}
			default -> throw new IllegalArgumentException("Cannot store a scenario as " + imported.status());
		}
		if (adopted != null) {
			scenario.adopt(adopted.getId(), importerId);
		}
		saveAndAnnounce(scenario);
		return scenario.getId();
	}

	/**
	 * An import of a scenario that already exists (see {@link #importedAs}): its text and
	 * solutions are saved as new revisions, solutions matched by their order; extra
	 * solutions are added. Every change is announced as the same change made here would
	 * be. Returns whether anything changed: a line as the scenario already is changes
	 * nothing, so the aggregate registers no event and nothing is announced.
	 */
	public boolean updateImported(long id, ImportedScenario imported, long importerId) {
		Scenario scenario = load(id);
		Instant now = this.clock.instant();
		String summary = "import " + imported.externalRef();
		boolean changed = false;
		if (scenario.differsFrom(imported.content())) {
			scenario.revise(imported.content(), scenario.getRevisionNumber(), importerId, summary, now);
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
					scenario.reviseSolution(solution.getId(), contribution.content(), solution.getRevisionNumber(),
							importerId, summary, now);
					changed = true;
				}
			}
			else {
				solution = scenario.addSolution(contribution.authorId(), contribution.content(), importerId, summary,
						now);
				changed = true;
			}
			if (contribution.adopted()) {
				adopted = solution.getId();
			}
		}
		if (imported.status() == ScenarioStatus.PUBLISHED
				&& (scenario.getStatus() == ScenarioStatus.DRAFT || scenario.getStatus() == ScenarioStatus.SUBMITTED)) {
			scenario.publishImported(importerId, now);
			changed = true;
		}
		// the new solutions need their ids before one of them is adopted
		saveAndAnnounce(scenario);
		if (adopted != null && !solutionIsAdopted(scenario, adopted)) {
			scenario.adopt(adopted, importerId);
			changed = true;
		}
		saveAndAnnounce(scenario);
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

	/**
	 * Saves the scenario, which publishes the events it registered. A scenario already
	 * stored is flushed first: its new solutions then get their ids on the very instances
	 * its events name (a save would merge them as copies).
	 */
	private void saveAndAnnounce(Scenario scenario) {
		if (scenario.getId() != null) {
			this.scenarios.flush();
		}
		this.scenarios.saveAndFlush(scenario);
	}

	private static boolean solutionIsAdopted(Scenario scenario, long solutionId) {
		return scenario.adoptedSolution().map(s -> s.getId().equals(solutionId)).orElse(false);
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
		return solution != null && solution.actions() != null && !solution.actions().isBlank()
				&& solution.effect() != null && !solution.effect().isBlank();
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
