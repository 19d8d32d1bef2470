/**
 * Working with what people write: Markdown to safe HTML (CommonMark, then an allow-list
 * sanitizer, so no script, raw HTML or javascript: link reaches a page), plain-text
 * excerpts, and word-level diffs that work on Chinese.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package com.casebook.text;
