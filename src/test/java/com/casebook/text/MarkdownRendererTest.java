package com.casebook.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

	private final MarkdownRenderer markdown = new MarkdownRenderer();

	@Test
	void rendersListsAndEmphasis() {
		String html = this.markdown.html("1. 先**分流**\n2. 再回拨");
		assertThat(html).contains("<ol>").contains("<li>先<strong>分流</strong></li>").contains("<li>再回拨</li>");
	}

	@Test
	void scriptTagsNeverGetThrough() {
		String html = this.markdown.html("hello <script>alert(1)</script> <img src=x onerror=alert(2)>");
		assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("onerror=alert");
	}

	@Test
	void javascriptLinksAreDropped() {
		String html = this.markdown.html("[click](javascript:alert(1)) and [ok](https://example.org)");
		assertThat(html).doesNotContain("javascript:").contains("href=\"https://example.org\"");
	}

	@Test
	void rawHtmlBlocksAreEscapedNotRendered() {
		String html = this.markdown.html("<div onclick=\"x()\">hi</div>");
		assertThat(html).doesNotContain("<div").doesNotContain("onclick=\"");
	}

	@Test
	void plainTextDropsMarkdownSyntax() {
		assertThat(this.markdown.plainText("**大促** 期间 _缺货_")).isEqualTo("大促 期间 缺货");
	}

	@Test
	void plainTextKeepsOnlyTheWordsOfListsLinksQuotesCodeAndTables() {
		assertThat(this.markdown.plainText("""
				# 交接
				1. 建立[交接模板](https://example.org/t)
				2. 每班 `核对`

				> 引用

				| 班次 | 遗漏 |
				|---|---|
				| 夜班 | 3 |

				***
				![图](https://example.org/i.png)结束""")).isEqualTo("交接 建立 交接模板 每班 核对 引用 班次 遗漏 夜班 3 结束");
	}

	@Test
	void aTextRenderedBeforeIsNotRenderedAgain() {
		String situation = "坐席**抱怨**排班表总是周五晚上才发布。\n\n- 提前一周发布\n- 固定班次";
		String html = this.markdown.html(situation);
		assertThat(this.markdown.html(new String(situation))).isSameAs(html);
		String excerpt = this.markdown.excerpt(situation, 10);
		assertThat(this.markdown.excerpt(new String(situation), 10)).isSameAs(excerpt);
		assertThat(this.markdown.excerpt(situation, 12)).isNotEqualTo(excerpt).startsWith(excerpt.replace("…", ""));
		assertThat(excerpt).isEqualTo("坐席抱怨排班表总是周…");
	}

	@Test
	void aVeryLongTextIsRenderedEveryTime() {
		String manual = "步骤 *一*。".repeat(MarkdownRenderer.REMEMBERED_LENGTH / 6 + 1);
		assertThat(this.markdown.html(manual)).isEqualTo(this.markdown.html(manual))
			.isNotSameAs(this.markdown.html(manual));
	}

}
