/**
 * The shell around every page: layout, language switch, home page and the friendly error
 * pages. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "text" })
package com.casebook.web;
