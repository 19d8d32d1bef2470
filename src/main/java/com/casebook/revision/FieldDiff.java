package com.casebook.revision;

/**
 * The difference in one field between two revisions, both sides escaped HTML.
 */
public record FieldDiff(String field, String beforeHtml, String afterHtml, boolean changed) {

	static FieldDiff of(String field, String before, String after) {
		com.casebook.text.WordDiff.SideBySide diff = com.casebook.text.WordDiff.of(before, after);
		return new FieldDiff(field, diff.beforeHtml(), diff.afterHtml(), diff.changed());
	}

}
