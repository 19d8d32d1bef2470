package com.casebook.scenario;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class ScenarioNotFoundException extends RuntimeException {

	public ScenarioNotFoundException(long id) {
		super("No scenario " + id);
	}

}
