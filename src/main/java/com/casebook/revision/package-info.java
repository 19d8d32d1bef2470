/**
 * The wiki side of scenarios: immutable revisions of every save (the template's
 * {@code ScenarioContent} / {@code SolutionContent} as JSON), history, field-by-field
 * diffs, revert, recent changes, and the earlier texts the scenario module's
 * edit-conflict page compares with.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "scenario", "user", "taxonomy", "text" })
package com.casebook.revision;
