/**
 * Demo mode: fills an empty catalogue with realistic scenarios written for Casebook, so a
 * new installation can be tried at once.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "database", "importer", "points", "scenario", "search", "taxonomy", "user" })
package com.casebook.demo;
