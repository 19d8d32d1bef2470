package com.casebook.taxonomy;

/**
 * Which way a KPI should move: abandonment should fall, service level should rise. A
 * measured change is better or worse only by it.
 */
public enum KpiDirection {

	LOWER, HIGHER;

	/**
	 * The change turned so that a positive figure is an improvement.
	 */
	public double improvement(double change) {
		return this == LOWER ? -change : change;
	}

}
