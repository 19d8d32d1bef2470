package com.casebook.scenario;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing scenarios. Each method is one transaction.
 */
@Service
@Transactional
public class ScenarioAuthoring {

	private final ScenarioRepository scenarios;

	private final Clock clock;

	ScenarioAuthoring(ScenarioRepository scenarios, Clock clock) {
		this.scenarios = scenarios;
		this.clock = clock;
	}

	/**
	 * Stores a scenario written elsewhere (demo data, an import) in the given state, as of the
	 * given time.
	 */
	public long store(ImportedScenario imported) {
		Instant at = imported.createdAt() != null ? imported.createdAt() : this.clock.instant();
		Scenario scenario = Scenario.draft(imported.authorId(), imported.content(), at);
		scenario.recordExternalRef(imported.externalRef());
		for (ImportedScenario.Contribution solution : imported.solutions()) {
			scenario.addSolution(solution.authorId(), solution.content(), at);
		}
		this.scenarios.saveAndFlush(scenario);
		imported.solutions()
			.stream()
			.filter(ImportedScenario.Contribution::adopted)
			.findFirst()
			.ifPresent(adopted -> scenario.adopt(scenario.getSolutions()
				.stream()
				.filter(s -> s.content().equals(adopted.content()))
				.findFirst()
				.orElseThrow()
				.getId()));
		switch (imported.status()) {
			case SUBMITTED -> scenario.submit(at);
			case PUBLISHED -> scenario.publish(at);
			case DRAFT -> {
			}
			default -> throw new IllegalArgumentException("Cannot store a scenario as " + imported.status());
		}
		return scenario.getId();
	}

	/** A scenario from outside, with its solutions and the state it should be stored in. */
	public record ImportedScenario(String externalRef, long authorId, ScenarioContent content,
			List<Contribution> solutions, ScenarioStatus status, Instant createdAt) {

		public record Contribution(long authorId, SolutionContent content, boolean adopted) {
		}

	}

}
