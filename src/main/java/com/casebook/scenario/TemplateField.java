package com.casebook.scenario;

/**
 * The fields the template requires before review, as {@link ScenarioContent} and
 * {@link SolutionContent} report them missing.
 */
public enum TemplateField {

	TITLE("title"), SITUATION("situation"), CATEGORY("category"), SOLUTION("solutions"), ACTIONS("actions"),
	EFFECT("effect");

	private final String fieldName;

	TemplateField(String fieldName) {
		this.fieldName = fieldName;
	}

	/** The field's name in the template (the import format's property). */
	public String fieldName() {
		return this.fieldName;
	}

}
