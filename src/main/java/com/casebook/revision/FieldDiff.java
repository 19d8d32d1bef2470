package com.casebook.revision;

import com.casebook.text.WordDiff;

/**
 * The difference in one field between two revisions, both sides escaped HTML.
 */
public record FieldDiff(String field, String beforeHtml, String afterHtml, boolean changed) {

	static FieldDiff of(String field, String before, String after) {
		WordDiff.SideBySide diff = WordDiff.of(before, after);
		return new FieldDiff(field, diff.beforeHtml(), diff.afterHtml(), diff.changed());
	}

}
