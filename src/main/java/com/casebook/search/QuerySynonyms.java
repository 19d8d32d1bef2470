package com.casebook.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import com.casebook.user.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The query synonyms admins curate ("当机 → 宕机", "退钱 ↔ 退款"), and what they make of a query.
 * Searches read them from memory, never from the database: they are loaded once and
 * loaded again after a change commits (one application instance writes them).
 */
@Service
public class QuerySynonyms {

	/** Of one side, normalized; the column's limit. */
	public static final int MAX_LENGTH = 60;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private volatile SynonymExpansion expansion;

	QuerySynonyms(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/** What an admin typed. */
	public record NewSynonym(String phrase, String replacement, boolean twoWay) {
	}

	/** Why a synonym was refused, and on which side. */
	public static class RefusedSynonymException extends RuntimeException {

		public enum Reason {

			EMPTY, SAME, TOO_LONG, DUPLICATE

		}

		private final Reason reason;

		private final String field;

		RefusedSynonymException(Reason reason, String field) {
			super(reason + " on " + field);
			this.reason = reason;
			this.field = field;
		}

		public Reason reason() {
			return this.reason;
		}

		/** {@code phrase} or {@code replacement}. */
		public String field() {
			return this.field;
		}

	}

	/** Newest first. */
	@Transactional(readOnly = true)
	public List<QuerySynonym> all() {
		return this.jdbc.sql("""
				select id, phrase, replacement, two_way, created_by, created_at
				from query_synonym order by created_at desc, id desc
				""")
			.query((rs, row) -> new QuerySynonym(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					rs.getLong(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	/**
	 * Adds a synonym, normalized as queries are. Refused when a side is empty or too
	 * long, both sides are the same, or the pair exists already (either way round).
	 */
	@Transactional
	public long add(NewSynonym synonym, CurrentUser admin) {
		String phrase = side(synonym.phrase(), "phrase");
		String replacement = side(synonym.replacement(), "replacement");
		if (phrase.equals(replacement)) {
			throw new RefusedSynonymException(RefusedSynonymException.Reason.SAME, "replacement");
		}
		long id;
		try {
			id = this.jdbc.sql("""
					insert into query_synonym (phrase, replacement, two_way, created_by, created_at)
					values (:phrase, :replacement, :twoWay, :admin, :at)
					returning id
					""")
				.param("phrase", phrase)
				.param("replacement", replacement)
				.param("twoWay", synonym.twoWay())
				.param("admin", admin.getId())
				.param("at", Timestamp.from(this.clock.instant()))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new RefusedSynonymException(RefusedSynonymException.Reason.DUPLICATE, "phrase");
		}
		this.events.publishEvent(new QuerySynonymChanged("added", id, admin.getId(), Map.of(),
				describe(phrase, replacement, synonym.twoWay())));
		reloadAfterCommit();
		return id;
	}

	/** Removes a synonym; from the next search on, it no longer applies. */
	@Transactional
	public void remove(long id, CurrentUser admin) {
		QuerySynonym removed = this.jdbc.sql("""
				delete from query_synonym where id = :id
				returning id, phrase, replacement, two_way, created_by, created_at
				""")
			.param("id", id)
			.query((rs, row) -> new QuerySynonym(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					rs.getLong(5), rs.getTimestamp(6).toInstant()))
			.optional()
			.orElseThrow(() -> new NoSuchElementException("No query synonym " + id));
		this.events.publishEvent(new QuerySynonymChanged("removed", id, admin.getId(),
				describe(removed.phrase(), removed.replacement(), removed.twoWay()), Map.of()));
		reloadAfterCommit();
	}

	/**
	 * The query first, then the same query with each synonym that applies in place of its
	 * phrase; just the query when none applies. Read from memory.
	 */
	public List<String> alternatives(String query) {
		return expansion().alternatives(query);
	}

	/** Replaced by another whenever the synonyms change. */
	Object version() {
		return expansion();
	}

	private SynonymExpansion expansion() {
		SynonymExpansion current = this.expansion;
		if (current == null) {
			synchronized (this) {
				current = this.expansion;
				if (current == null) {
					current = load();
					this.expansion = current;
				}
			}
		}
		return current;
	}

	private SynonymExpansion load() {
		List<QuerySynonym> synonyms = all();
		return synonyms.isEmpty() ? SynonymExpansion.NONE : new SynonymExpansion(synonyms);
	}

	private void reloadAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				QuerySynonyms.this.expansion = load();
			}
		});
	}

	private static String side(String typed, String field) {
		String normalized = QueryText.normalize(typed);
		// normalize cuts at 200 characters: measure what was typed
		String whole = (typed == null) ? "" : typed.strip();
		if (normalized.isEmpty()) {
			throw new RefusedSynonymException(RefusedSynonymException.Reason.EMPTY, field);
		}
		if (normalized.length() > MAX_LENGTH || whole.length() > MAX_LENGTH) {
			throw new RefusedSynonymException(RefusedSynonymException.Reason.TOO_LONG, field);
		}
		return normalized;
	}

	private static Map<String, Object> describe(String phrase, String replacement, boolean twoWay) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("phrase", phrase);
		state.put("replacement", replacement);
		state.put("twoWay", twoWay);
		return state;
	}

}
