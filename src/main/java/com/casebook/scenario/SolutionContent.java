package com.casebook.scenario;

/**
 * The template fields of one solution.
 */
public record SolutionContent(String actions, String effect, String prevention) {

	/** The template's limits, shared by the forms and the import. */
	public static final int MAX_ACTIONS = 20000;

	public static final int MAX_EFFECT = 10000;

	public static final int MAX_PREVENTION = 10000;

}
