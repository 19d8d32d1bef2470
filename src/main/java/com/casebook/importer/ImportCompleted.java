package com.casebook.importer;

/**
 * An admin imported a file: what it was and what became of its lines. Published in a
 * transaction of its own once the import is done, for the audit log.
 */
public record ImportCompleted(long importerId, String fileName, String format, int imported, int updated, int unchanged,
		int errors) {
}
