package com.casebook.search;

import java.sql.Timestamp;
import java.time.Clock;

import com.casebook.user.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what people search for, normalized, with the number of results and the
 * searcher's role only. A failed write is never a failed search: logging runs in its own
 * transaction.
 */
@Component
public class SearchLog {

	public enum Source {

		PAGE, API

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	SearchLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Returns the entry's id, which result links carry so that opening one can be
	 * recorded.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public long record(String query, long resultCount, boolean filtered, Role role, Source source) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into search_query_log (query, result_count, filtered, user_role, source, searched_at) "
					+ "values (:query, :count, :filtered, :role, :source, :at)")
			.param("query", QueryText.normalize(query))
			.param("count", resultCount)
			.param("filtered", filtered)
			.param("role", role == null ? "ANONYMOUS" : role.name())
			.param("source", source.name())
			.param("at", Timestamp.from(this.clock.instant()))
			.update(key, "id");
		return key.getKey().longValue();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void resultOpened(long entryId) {
		this.jdbc.sql("update search_query_log set opened_at = :at where id = :id and opened_at is null")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("id", entryId)
			.update();
	}

}
