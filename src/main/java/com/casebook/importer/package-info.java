/**
 * Moving scenarios in and out of Casebook in bulk: the JSON Lines format (one scenario
 * per line, fields as in the template), used by admins' imports and by the demo data.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "scenario", "taxonomy", "user" })
package com.casebook.importer;
