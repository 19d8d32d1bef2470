package com.casebook.scenario.web;

/** Text as a browser sends it from a form. */
final class FormText {

	private FormText() {
	}

	/**
	 * Browsers send a textarea's line breaks as CR LF; stored text uses LF, so that
	 * saving a text unchanged is recognised as no change and diffs do not mark every
	 * line.
	 */
	static String lf(String text) {
		return text == null ? null : text.replace("\r\n", "\n");
	}

}
