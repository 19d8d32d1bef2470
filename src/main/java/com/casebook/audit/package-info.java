/**
 * The audit log: every editor and admin action (publishing, sending back, archiving,
 * merging and undoing, adoption, reverts, tag, category and query-synonym changes,
 * account and role changes, imports, reward edits, redemption decisions, point-rule
 * changes), recorded in the transaction of the action itself, and the admin page that
 * lists it as sentences with a field-by-field change, filtered.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "database", "importer", "scenario", "merge",
		"points", "revision", "search", "taxonomy", "user" })
package com.casebook.audit;
