/**
 * The shell around every page: layout, the ready-made header, language switch, home page
 * and the friendly error pages, and the rendering of ready-made page parts that the
 * catalogue, search and scenario pages use.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "text", "user" })
package com.casebook.web;
