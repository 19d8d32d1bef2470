/**
 * Markdown to safe HTML: every text field people write is Markdown, rendered with CommonMark
 * and then passed through an allow-list sanitizer, so no script, raw HTML or javascript: link
 * reaches a page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package com.casebook.markdown;
