/**
 * The Scenario aggregate (a situation and its solutions), the template's value objects
 * ({@code ScenarioContent}, {@code SolutionContent}) and its rule for a complete
 * scenario, the lifecycle, adoption, solution merging, content health, the catalogue and
 * the scenario pages. Categories, tags, reference entries and authors are referred to by
 * id.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "taxonomy", "user", "text", "web" })
package com.casebook.scenario;
