/**
 * The vocabulary scenarios are filed under: the category tree, the tag vocabulary (with
 * synonyms) and the admin-managed reference lists (channels, business lines, KPIs). Other
 * modules read it through {@link com.casebook.taxonomy.Taxonomy}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package com.casebook.taxonomy;
