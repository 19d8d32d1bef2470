/**
 * The editors' reports dashboard: read models over scenarios, points and the search log,
 * drawn as charts by the app (Chart.js served from a webjar) and downloadable as CSV from
 * the same data.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "points", "taxonomy" })
package com.casebook.report;
