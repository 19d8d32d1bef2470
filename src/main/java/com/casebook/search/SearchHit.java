package com.casebook.search;

/**
 * One result: {@code snippetHtml} is already escaped and holds only {@code <mark>} elements.
 */
public record SearchHit(long id, String title, String titleHtml, String snippetHtml, float score) {
}
