package com.casebook.taxonomy;

/**
 * The admin-managed lists a scenario picks from.
 */
public enum ReferenceKind {

	CHANNEL, BUSINESS_LINE, KPI

}
