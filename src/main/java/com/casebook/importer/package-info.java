/**
 * Moving scenarios in and out of Casebook in bulk: the JSON Lines format (one scenario
 * per line, fields as in the template), CSV and Excel tables, re-import by ref, and the
 * JSON Lines export of the catalogue; used by admins' imports, {@code POST /api/import}
 * and the demo data. Records are checked by the template's own rules
 * ({@code ScenarioContent.missingForReview} and its limits).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "database", "scenario", "search", "taxonomy", "user" })
package com.casebook.importer;
