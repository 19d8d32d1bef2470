package com.casebook.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.casebook.scenario.ScenarioDrafting;
import com.casebook.scenario.ScenarioContent;
import com.casebook.user.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people look for and do not find: the queries that found nothing, and the ones that
 * found something nobody opened (the results did not look like an answer). Editors turn a
 * gap into a draft scenario, after which it leaves the list.
 */
@Service
public class KnowledgeGaps {

	public static final Duration WINDOW = Duration.ofDays(90);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ScenarioDrafting drafting;

	private final SearchLog log;

	KnowledgeGaps(JdbcClient jdbc, Clock clock, ScenarioDrafting drafting, SearchLog log) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.drafting = drafting;
		this.log = log;
	}

	/** A query people kept asking, how often, and when last. */
	public record Gap(String query, long searches, Instant lastSearched, long lastResultCount) {
	}

	/**
	 * Searches that found nothing at all; narrowing by facets until nothing is left is no
	 * gap.
	 */
	@Transactional(readOnly = true)
	public List<Gap> zeroResultQueries(int limit) {
		return gaps("result_count = 0 and not filtered", "", limit);
	}

	/** Page searches whose results were shown but never opened, not once. */
	@Transactional(readOnly = true)
	public List<Gap> unopenedQueries(int limit) {
		return gaps("result_count > 0 and source = 'PAGE'", "having count(l.opened_at) = 0", limit);
	}

	private List<Gap> gaps(String condition, String having, int limit) {
		// the log writes in the background: the latest searches count too
		this.log.flush();
		return this.jdbc.sql("""
				select l.query, count(*) as searches, max(l.searched_at) as last_searched,
				       (array_agg(l.result_count order by l.searched_at desc))[1] as last_count
				from search_query_log l
				where l.searched_at >= :since and l.query <> '' and %s
				  and not exists (select 1 from knowledge_gap_draft d where d.query = l.query)
				group by l.query
				%s
				order by searches desc, last_searched desc
				limit :limit
				""".formatted(condition, having))
			.param("since", Timestamp.from(this.clock.instant().minus(WINDOW)))
			.param("limit", limit)
			.query((rs, row) -> new Gap(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getLong(4)))
			.list();
	}

	/**
	 * Starts a draft titled with the query, owned by the editor, and takes the query off
	 * the list. Returns the draft's id.
	 */
	@Transactional
	public long draftFor(String query, CurrentUser editor) {
		String normalized = QueryText.normalize(query);
		if (normalized.isEmpty()) {
			throw new IllegalArgumentException("An empty query is no gap");
		}
		long id = this.drafting.createDraft(editor,
				ScenarioContent.builder().title(query.strip()).situation("").build(), null);
		this.jdbc.sql("""
				insert into knowledge_gap_draft (query, scenario_id, drafted_by, drafted_at)
				values (:query, :scenario, :editor, :at)
				on conflict (query) do nothing
				""")
			.param("query", normalized)
			.param("scenario", id)
			.param("editor", editor.getId())
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		return id;
	}

}
