/**
 * The Scenario aggregate (a situation and its solutions), its lifecycle, the catalogue
 * and the scenario pages. Categories, tags, reference entries and authors are referred to
 * by id.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "taxonomy", "user", "text" })
package com.casebook.scenario;
