package com.casebook.importer;

import java.util.List;

/**
 * What an import did: how many scenarios it created and updated, and each line it could not
 * take, with why.
 */
public record ImportReport(int imported, int updated, List<LineError> errors) {

	public record LineError(int line, String message) {
	}

}
