/**
 * The wiki side of scenarios: immutable revisions of every save, history, word-level
 * diffs that work on Chinese, revert, recent changes and the edit-conflict page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "scenario", "user", "taxonomy", "text" })
package com.casebook.revision;
