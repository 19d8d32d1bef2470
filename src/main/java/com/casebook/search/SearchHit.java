package com.casebook.search;

import java.util.List;

/**
 * One result: {@code titleHtml} and {@code snippetHtml} are already escaped and hold only
 * {@code <mark>} elements.
 */
public record SearchHit(long id, String title, String titleHtml, String snippetHtml, float score, List<Long> tagIds,
		int appliedCount, boolean adopted) {
}
