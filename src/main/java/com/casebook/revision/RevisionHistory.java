package com.casebook.revision;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.casebook.scenario.Scenario;
import com.casebook.scenario.WikiAmendments;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioNotFoundException;
import com.casebook.scenario.Solution;
import com.casebook.user.CurrentUser;
import com.casebook.user.UserDirectory;
import com.casebook.user.UserSummary;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of a scenario (its own text and its solutions' interleaved, newest first),
 * comparisons of two revisions, reverts, and the recent changes across the wiki.
 */
@Service
@Transactional(readOnly = true)
public class RevisionHistory {

	private final RevisionRepository revisions;

	private final ContentSnapshots snapshots;

	private final ScenarioCatalogue catalogue;

	private final WikiAmendments amendments;

	private final UserDirectory users;

	private final ApplicationEventPublisher events;

	RevisionHistory(RevisionRepository revisions, ContentSnapshots snapshots, ScenarioCatalogue catalogue,
			WikiAmendments amendments, UserDirectory users, ApplicationEventPublisher events) {
		this.events = events;
		this.revisions = revisions;
		this.snapshots = snapshots;
		this.catalogue = catalogue;
		this.amendments = amendments;
		this.users = users;
	}

	/**
	 * The scenario's own revisions and those of every solution it holds now, including
	 * solutions that came from a merged duplicate with their history.
	 */
	public List<RevisionEntry> history(long scenarioId) {
		Scenario scenario = this.catalogue.find(scenarioId)
			.orElseThrow(() -> new ScenarioNotFoundException(scenarioId));
		List<Long> solutionIds = scenario.getAllSolutions().stream().map(s -> s.getId()).toList();
		List<Revision> rows = solutionIds.isEmpty()
				? this.revisions.findByScenarioIdOrderByCreatedAtDescIdDesc(scenarioId)
				: this.revisions.findByScenarioIdOrSolutionIdInOrderByCreatedAtDescIdDesc(scenarioId, solutionIds);
		// revisions of solutions that came from a merged duplicate still name the
		// duplicate
		Map<Long, Scenario> shownAs = new HashMap<>();
		rows.forEach(r -> shownAs.put(r.getScenarioId(), scenario));
		return entries(rows, shownAs);
	}

	/** Far past any real history, and small enough that the row offset stays an int. */
	static final int MAX_PAGE = 100_000;

	public Page<RevisionEntry> recentChanges(Long authorId, int page) {
		PageRequest pageable = pageOf(page);
		Page<Revision> rows = authorId == null ? this.revisions.findAllByOrderByCreatedAtDescIdDesc(pageable)
				: this.revisions.findByAuthorIdOrderByCreatedAtDescIdDesc(authorId, pageable);
		return entries(rows, pageable);
	}

	/**
	 * The recent changes of published scenarios only: what everyone signed in may read,
	 * while drafts and submissions stay with their authors and the editors.
	 */
	public Page<RevisionEntry> recentPublishedChanges(Long authorId, int page) {
		PageRequest pageable = pageOf(page);
		return entries(this.revisions.findOfPublishedScenarios(authorId, pageable), pageable);
	}

	private static PageRequest pageOf(int page) {
		return PageRequest.of(Math.min(Math.max(page, 0), MAX_PAGE), 50);
	}

	private Page<RevisionEntry> entries(Page<Revision> rows, PageRequest pageable) {
		Map<Long, Scenario> scenarios = this.catalogue
			.findAll(rows.stream().map(Revision::getScenarioId).collect(Collectors.toSet()));
		List<RevisionEntry> entries = entries(rows.getContent(), scenarios);
		return new PageImpl<>(entries, pageable, rows.getTotalElements());
	}

	public RevisionComparison compare(long scenarioId, long fromId, long toId, Locale locale) {
		Revision from = revisionOf(scenarioId, fromId);
		Revision to = revisionOf(scenarioId, toId);
		if (!Objects.equals(from.getSolutionId(), to.getSolutionId())) {
			throw new IncomparableRevisionsException();
		}
		if (from.getCreatedAt().isAfter(to.getCreatedAt())) {
			Revision swap = from;
			from = to;
			to = swap;
		}
		Scenario scenario = this.catalogue.find(scenarioId).orElseThrow();
		List<RevisionEntry> both = entries(List.of(from, to), Map.of(scenarioId, scenario));
		return new RevisionComparison(both.get(0), both.get(1), this.snapshots.compare(from, to, locale));
	}

	/**
	 * Restores the text of a revision as a new revision; nothing in the history is
	 * rewritten.
	 */
	@Transactional
	public int revert(long scenarioId, long revisionId, CurrentUser user, String summary) {
		Revision revision = revisionOf(scenarioId, revisionId);
		Scenario scenario = this.catalogue.find(scenarioId).orElseThrow();
		if (revision.isOfSolution()) {
			Solution solution = scenario.solution(revision.getSolutionId());
			int current = solution.getRevisionNumber();
			int number = this.amendments.amendSolution(scenarioId, solution.getId(), user,
					this.snapshots.solution(revision), current, summary);
			announceRevert(scenarioId, solution.getId(), revision.getNumber(), current, user);
			return number;
		}
		int current = scenario.getRevisionNumber();
		int number = this.amendments.amend(scenarioId, user, this.snapshots.scenario(revision), current, summary);
		announceRevert(scenarioId, null, revision.getNumber(), current, user);
		return number;
	}

	private void announceRevert(long scenarioId, Long solutionId, int restored, int current, CurrentUser user) {
		List<Integer> undone = IntStream.rangeClosed(restored + 1, current).boxed().toList();
		this.events.publishEvent(new RevisionReverted(scenarioId, solutionId, restored, undone, user.getId()));
	}

	public RevisionEntry entry(long scenarioId, long revisionId) {
		Scenario scenario = this.catalogue.find(scenarioId).orElseThrow();
		return entries(List.of(revisionOf(scenarioId, revisionId)), Map.of(scenarioId, scenario)).get(0);
	}

	private Revision revisionOf(long scenarioId, long revisionId) {
		return this.revisions.findById(revisionId)
			.filter(r -> r.getScenarioId() == scenarioId)
			.orElseThrow(() -> new ScenarioNotFoundException(scenarioId));
	}

	private List<RevisionEntry> entries(List<Revision> rows, Map<Long, Scenario> scenarios) {
		Set<Long> authorIds = new HashSet<>();
		rows.forEach(r -> authorIds.add(r.getAuthorId()));
		Map<Long, UserSummary> authors = this.users.findAll(authorIds);
		return rows.stream().map(r -> {
			Scenario scenario = scenarios.get(r.getScenarioId());
			int label = 0;
			boolean current = false;
			if (scenario != null) {
				if (r.isOfSolution()) {
					List<Solution> solutions = scenario.getSolutions();
					for (int i = 0; i < solutions.size(); i++) {
						if (solutions.get(i).getId().equals(r.getSolutionId())) {
							label = i + 1;
							current = solutions.get(i).getRevisionNumber() == r.getNumber();
						}
					}
				}
				else {
					current = scenario.getRevisionNumber() == r.getNumber();
				}
			}
			UserSummary author = authors.get(r.getAuthorId());
			return new RevisionEntry(r.getId(), r.getScenarioId(), scenario == null ? "" : scenario.getTitle(),
					r.getSolutionId(), label, r.getNumber(), author == null ? "" : author.displayName(), r.getSummary(),
					r.getCreatedAt(), current);
		}).toList();
	}

	/**
	 * Two revisions of different texts (the scenario and a solution, or two solutions).
	 */
	public static class IncomparableRevisionsException extends RuntimeException {

		IncomparableRevisionsException() {
			super("Only revisions of the same text can be compared");
		}

	}

}
