package com.casebook.scenario;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A solution id that names no live solution of the scenario (a solution of another
 * scenario, or none at all). An {@link IllegalArgumentException}, as callers validating
 * input expect.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class SolutionNotFoundException extends IllegalArgumentException {

	public SolutionNotFoundException(Long scenarioId, long solutionId) {
		super("No solution " + solutionId + " in scenario " + scenarioId);
	}

}
