package com.casebook.text;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentRenderer;
import org.commonmark.renderer.text.TextContentWriter;
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
 * <p>
 * Rendering is a pure function of the text and costs a parse, a render and a sanitizing
 * pass, which every catalogue row (its excerpt) and every field of a scenario page paid
 * on every request. The last {@value #REMEMBERED} results of each kind are kept, for
 * texts up to {@value #REMEMBERED_LENGTH} characters; when full, they are all forgotten
 * at once.
 */
@Component("markdown")
public class MarkdownRenderer {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("a")
			.allowUrlProtocols("http", "https", "mailto")
			.allowAttributes("href")
			.onElements("a")
			.requireRelNofollowOnLinks()
			.allowElements("pre", "code", "hr", "br", "ul", "ol", "li", "del", "s")
			.allowAttributes("start")
			.matching(Pattern.compile("\\d{1,6}"))
			.onElements("ol")
			.toFactory());

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.softbreak("<br />")
		.build();

	private final TextContentRenderer text = TextContentRenderer.builder().nodeRendererFactory(WordsOnly::new).build();

	static final int REMEMBERED = 2000;

	static final int REMEMBERED_LENGTH = 20_000;

	private record Excerpt(String markdown, int maxChars) {
	}

	private final Map<String, String> htmlOf = new ConcurrentHashMap<>();

	private final Map<Excerpt, String> excerpts = new ConcurrentHashMap<>();

	public String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return remembered(this.htmlOf, markdown, markdown.length(),
				(source) -> POLICY.sanitize(this.renderer.render(this.parser.parse(source))));
	}

	/**
	 * The text without Markdown syntax, for excerpts and snippets.
	 */
	/**
	 * The text a person reads, without Markdown syntax, on one line: CommonMark's text
	 * renderer, told to keep only the words of links, lists, quotes, code and tables (no
	 * URLs, list markers, quotes or cell bars) and to drop images and rules.
	 */
	public String plainText(String markdown) {
		if (markdown == null) {
			return "";
		}
		return this.text.render(this.parser.parse(markdown)).replaceAll("\\s+", " ").trim();
	}

	public String excerpt(String markdown, int maxChars) {
		if (markdown == null) {
			return "";
		}
		return remembered(this.excerpts, new Excerpt(markdown, maxChars), markdown.length(), (key) -> {
			String text = plainText(key.markdown());
			return text.length() <= key.maxChars() ? text : text.substring(0, key.maxChars()).trim() + "…";
		});
	}

	private static <K> String remembered(Map<K, String> results, K key, int length, Function<K, String> render) {
		if (length > REMEMBERED_LENGTH) {
			return render.apply(key);
		}
		String known = results.get(key);
		if (known != null) {
			return known;
		}
		String result = render.apply(key);
		if (results.size() >= REMEMBERED) {
			results.clear();
		}
		results.put(key, result);
		return result;
	}

	/**
	 * Renders the nodes whose default plain text adds decoration as their words alone,
	 * set apart by white space.
	 */
	private static final class WordsOnly implements NodeRenderer {

		private static final Set<Class<? extends Node>> TYPES = Set.of(Link.class, BulletList.class, OrderedList.class,
				ListItem.class, BlockQuote.class, Code.class, Image.class, ThematicBreak.class, TableBlock.class,
				TableHead.class, TableBody.class, TableRow.class, TableCell.class);

		private final TextContentNodeRendererContext context;

		WordsOnly(TextContentNodeRendererContext context) {
			this.context = context;
		}

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return TYPES;
		}

		@Override
		public void render(Node node) {
			TextContentWriter writer = this.context.getWriter();
			if (node instanceof Code code) {
				writer.write(code.getLiteral());
				return;
			}
			writer.whitespace();
			if (!(node instanceof Image) && !(node instanceof ThematicBreak)) {
				for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
					this.context.render(child);
				}
				writer.whitespace();
			}
		}

	}

}
