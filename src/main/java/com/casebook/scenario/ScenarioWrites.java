package com.casebook.scenario;

import com.casebook.user.CurrentUser;
import com.casebook.user.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What every write to a scenario shares: loading it locked, saving it so that its events
 * go out, and the rules on who may write what.
 */
@Component
class ScenarioWrites {

	private final ScenarioRepository scenarios;

	ScenarioWrites(ScenarioRepository scenarios) {
		this.scenarios = scenarios;
	}

	/**
	 * Every write locks the scenario's row first: concurrent saves from one revision then
	 * take turns, and each later one sees the newer revision and is refused as an edit
	 * conflict instead of failing on the version column at commit.
	 */
	Scenario load(long id) {
		return this.scenarios.findForUpdate(id).orElseThrow(() -> new ScenarioNotFoundException(id));
	}

	/**
	 * Saves the scenario, which publishes the events it registered. A scenario already
	 * stored is flushed first: its new solutions then get their ids on the very instances
	 * its events name (a save would merge them as copies).
	 */
	void saveAndAnnounce(Scenario scenario) {
		if (scenario.getId() != null) {
			this.scenarios.flush();
		}
		this.scenarios.saveAndFlush(scenario);
	}

	/**
	 * Saves a new scenario, which publishes the events it registered, without flushing:
	 * its rows and those its listeners persist are inserted at the next flush, batched
	 * with the other scenarios saved meanwhile. Its id and its solutions' are known at
	 * once (sequence ids).
	 */
	void saveNewAndAnnounce(Scenario scenario) {
		if (scenario.getId() != null) {
			throw new IllegalArgumentException("Scenario " + scenario.getId() + " is already stored");
		}
		this.scenarios.save(scenario);
	}

	/** Removes the scenario with its solutions, tags and measures, at once. */
	void delete(Scenario scenario) {
		this.scenarios.delete(scenario);
		this.scenarios.flush();
	}

	static boolean solutionIsAdopted(Scenario scenario, long solutionId) {
		return scenario.adoptedSolution().map(s -> s.getId().equals(solutionId)).orElse(false);
	}

	static boolean isComplete(SolutionContent solution) {
		return solution != null && solution.hasRequiredFields();
	}

	static void requireCanEdit(Scenario scenario, CurrentUser user) {
		if (!scenario.isEditableBy(user.getId(), user.has(Role.EDITOR))) {
			throw new AccessDeniedException("Not your scenario");
		}
	}

	static void requireRole(CurrentUser user, Role role) {
		if (!user.has(role)) {
			throw new AccessDeniedException("Needs role " + role);
		}
	}

	static void requirePublished(Scenario scenario) {
		if (scenario.getStatus() != ScenarioStatus.PUBLISHED) {
			throw new IllegalStateException("Only published scenarios are amended wiki-style");
		}
	}

}
