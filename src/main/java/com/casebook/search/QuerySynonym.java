package com.casebook.search;

import java.time.Instant;

/**
 * Words an admin declared equivalent for searching: a query holding {@code phrase} also
 * looks for {@code replacement}, and, when two-way, the other way round. Both are stored
 * normalized as queries are ({@link QueryText}).
 */
public record QuerySynonym(long id, String phrase, String replacement, boolean twoWay, long createdBy,
		Instant createdAt) {
}
