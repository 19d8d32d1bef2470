package com.casebook.scenario;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scenarios written elsewhere (demo data, imports): stored in their state, updated as new
 * revisions on a re-import, found by their external ref. What changes is announced as it
 * would be from the pages; a line that changes nothing announces nothing.
 */
@Service
@Transactional
public class ScenarioImport {

	private final ScenarioWrites writes;

	private final Clock clock;

	private final ScenarioRepository scenarios;

	ScenarioImport(ScenarioWrites writes, Clock clock, ScenarioRepository scenarios) {
		this.writes = writes;
		this.clock = clock;
		this.scenarios = scenarios;
	}

	/**
	 * Stores a scenario written elsewhere (demo data, an import by {@code importerId}) in
	 * the given state, as of the given time. It is announced like one written here:
	 * revisions, submission, publication, adoption (points, audit, notifications and the
	 * duplicate scan follow).
	 */
	public long store(ImportedScenario imported, long importerId) {
		Scenario scenario = stored(imported, importerId);
		// one save: the rows are inserted in their final state, and the events registered
		// on the way go out in order once the ids are known
		this.writes.saveAndAnnounce(scenario);
		return scenario.getId();
	}

	/**
	 * Stores a scenario as {@link #store} does, announced the same way, but leaves its
	 * rows to the next flush (the ids come from sequences, so the events can name them at
	 * once): a bulk import flushes every few dozen lines, and the inserts of those lines
	 * go out as JDBC batches. The caller flushes before its transaction needs the rows.
	 */
	public long stage(ImportedScenario imported, long importerId) {
		Scenario scenario = stored(imported, importerId);
		this.writes.saveNewAndAnnounce(scenario);
		return scenario.getId();
	}

	private Scenario stored(ImportedScenario imported, long importerId) {
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
			scenario.adoptImported(adopted, importerId);
		}
		return scenario;
	}

	/**
	 * An import of a scenario that already exists (see {@link #importedAs}): its text and
	 * solutions are saved as new revisions, solutions matched by their order; extra
	 * solutions are added. Every change is announced as the same change made here would
	 * be. Returns whether anything changed: a line as the scenario already is changes
	 * nothing, so the aggregate registers no event and nothing is announced.
	 */
	public boolean updateImported(long id, ImportedScenario imported, long importerId) {
		Scenario scenario = this.writes.load(id);
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
		this.writes.saveAndAnnounce(scenario);
		if (adopted != null && !ScenarioWrites.solutionIsAdopted(scenario, adopted)) {
			scenario.adopt(adopted, importerId);
			changed = true;
		}
		this.writes.saveAndAnnounce(scenario);
		return changed;
	}

	/**
	 * The scenarios already stored under these external refs, by ref: one query for a
	 * batch of lines instead of one per line.
	 */
	public Map<String, Long> idsByExternalRef(Collection<String> externalRefs) {
		Map<String, Long> ids = new HashMap<>();
		if (!externalRefs.isEmpty()) {
			this.scenarios.findByExternalRefIn(externalRefs)
				.forEach(known -> ids.put(known.getExternalRef(), known.getId()));
		}
		return ids;
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
	 * A scenario from outside, with its solutions and the state it should be stored in.
	 */
	public record ImportedScenario(String externalRef, long authorId, ScenarioContent content,
			List<Contribution> solutions, ScenarioStatus status, Instant createdAt) {

		public record Contribution(long authorId, SolutionContent content, boolean adopted) {
		}

	}

}
