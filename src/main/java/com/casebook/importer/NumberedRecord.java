package com.casebook.importer;

/**
 * A record and the line (or first row) of the file it came from, for error reports.
 */
record NumberedRecord(int line, ScenarioRecord record) {
}
