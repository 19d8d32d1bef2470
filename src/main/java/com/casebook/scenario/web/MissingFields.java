package com.casebook.scenario.web;

import java.util.Collection;

import com.casebook.scenario.TemplateField;

import org.springframework.validation.Errors;

/**
 * Shows what the template's rule ({@code ScenarioContent.missingForReview},
 * {@code SolutionContent.missingFields}) finds missing as field errors of the forms, with
 * the same codes bean validation would use.
 */
final class MissingFields {

	private MissingFields() {
	}

	static void reject(Errors errors, Collection<TemplateField> missing) {
		for (TemplateField field : missing) {
			switch (field) {
				case CATEGORY -> errors.rejectValue("categoryId", "NotNull");
				case SOLUTION -> {
					errors.rejectValue("actions", "NotBlank");
					errors.rejectValue("effect", "NotBlank");
				}
				default -> errors.rejectValue(field.fieldName(), "NotBlank");
			}
		}
	}

}
