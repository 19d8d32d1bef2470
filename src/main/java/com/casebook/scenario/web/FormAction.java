package com.casebook.scenario.web;

import java.util.Locale;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * The button that sent a scenario or solution form ({@code name="action"}; the pages send
 * the names in lower case).
 */
enum FormAction {

	/** Show the text rendered, save nothing. */
	PREVIEW,
	/** Save a draft (only the title is required). */
	DRAFT,
	/** Save and submit for review (the whole template is required). */
	SUBMIT,
	/** Save an amendment or a solution. */
	SAVE;

	/** The form's {@code action} parameter as a {@link FormAction}, in any case. */
	@Component
	static class FromParameter implements Converter<String, FormAction> {

		@Override
		public FormAction convert(String source) {
			return FormAction.valueOf(source.trim().toUpperCase(Locale.ROOT));
		}

	}

}
