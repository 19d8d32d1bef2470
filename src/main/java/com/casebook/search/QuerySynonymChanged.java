package com.casebook.search;

import java.util.Map;

/**
 * An admin added ({@code action} "added") or removed ("removed") a query synonym; the
 * states name its phrase, replacement and direction.
 */
public record QuerySynonymChanged(String action, long synonymId, long adminId, Map<String, Object> before,
		Map<String, Object> after) {
}
