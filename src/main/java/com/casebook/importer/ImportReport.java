package com.casebook.importer;

import java.util.List;

/**
 * What an import did: how many scenarios it created, updated and found already as the
 * file has them, and each line it could not take, with why. Every line with a record is
 * in exactly one of these.
 */
public record ImportReport(int imported, int updated, int unchanged, List<LineError> errors) {

	public record LineError(int line, String message) {
	}

}
