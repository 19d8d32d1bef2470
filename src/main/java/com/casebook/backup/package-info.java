/**
 * Backups and restore: a consistent copy of every table (PostgreSQL {@code COPY} inside
 * one repeatable-read transaction) with the schema version and a manifest in one
 * checksummed archive, taken on the admins' schedule, on demand and before migrations;
 * restoring one ({@code --restore=<file>}) before Flyway runs. The search index is
 * rebuilt, not backed up.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "notification", "user" })
package com.casebook.backup;
