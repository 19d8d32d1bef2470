/**
 * Where the data lives: an embedded PostgreSQL started inside the application (the
 * default run, and the tests), or an external one named by {@code CASEBOOK_DB_URL} /
 * {@code SPRING_DATASOURCE_URL}. Owns nothing of the domain.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package com.casebook.database;
