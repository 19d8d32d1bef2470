package com.casebook.scenario;

import java.util.Optional;

/**
 * The text of an earlier revision, which the revision module keeps. An edit conflict
 * compares both saves with the revision they started from, to show what each person
 * changed.
 */
public interface EarlierTexts {

	Optional<ScenarioContent> scenarioAt(long scenarioId, int number);

	Optional<SolutionContent> solutionAt(long solutionId, int number);

}
