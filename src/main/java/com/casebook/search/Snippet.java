package com.casebook.search;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns highlighter output into safe HTML. The highlighter works on the raw Markdown
 * source, which may hold anything a person typed, so it marks hits with control
 * characters that cannot appear in text; we escape everything and only then turn the
 * marks into {@code <mark>}.
 */
final class Snippet {

	static final String OPEN = "\u0002";

	static final String CLOSE = "\u0003";

	private Snippet() {
	}

	/** Safe HTML without its marks: for a hit the words did not find. */
	static String unmarked(String safeHtml) {
		return safeHtml.replace("<mark>", "").replace("</mark>", "");
	}

	static String toSafeHtml(String highlighted) {
		String withoutMarkdown = highlighted.replaceAll("\\*\\*|__|`|(?m)^\\s*(#+|>|\\d+\\.|[-*])\\s+", "")
			.replaceAll("\\s+", " ")
			.strip();
		return HtmlUtils.htmlEscape(withoutMarkdown).replace(OPEN, "<mark>").replace(CLOSE, "</mark>");
	}

}
