package com.casebook.text;

import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Renders Markdown to HTML that is safe to put in a page. Raw HTML in the source is
 * escaped by the renderer and, as a second line of defence, the output is sanitized
 * against an allow-list (formatting, lists, tables, links with http(s)/mailto only).
 * <p>
 * Used from templates as {@code ${@markdown.html(text)}}.
 */
@Component("markdown")
public class MarkdownRenderer {

	private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("a")
			.allowUrlProtocols("http", "https", "mailto")
			.allowAttributes("href")
			.onElements("a")
			.requireRelNofollowOnLinks()
			.allowElements("pre", "code", "hr", "br", "ul", "ol", "li", "del", "s")
			.allowAttributes("start")
			.matching(java.util.regex.Pattern.compile("\\d{1,6}"))
			.onElements("ol")
			.toFactory());

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.softbreak("<br />")
		.build();

	public String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return POLICY.sanitize(this.renderer.render(this.parser.parse(markdown)));
	}

	/**
	 * The text without Markdown syntax, for excerpts and snippets.
	 */
	public String plainText(String markdown) {
		if (markdown == null) {
			return "";
		}
		String html = this.renderer.render(this.parser.parse(markdown));
		String text = html.replaceAll("<[^>]+>", " ")
			.replace("&quot;", "\"")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&#39;", "'")
			.replace("&amp;", "&");
		return text.replaceAll("\\s+", " ").trim();
	}

	public String excerpt(String markdown, int maxChars) {
		String text = plainText(markdown);
		return text.length() <= maxChars ? text : text.substring(0, maxChars).trim() + "…";
	}

}
