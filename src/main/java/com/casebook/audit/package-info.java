/**
 * The audit log: every editor and admin action (publishing, sending back, archiving, merging and
 * undoing, adoption, reverts, tag and category changes, account and role changes, imports), recorded in the
 * transaction of the action itself, and the admin page that lists and filters it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "importer", "scenario", "merge", "revision", "taxonomy", "user" })
package com.casebook.audit;
