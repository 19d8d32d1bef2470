package com.casebook.audit;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.casebook.database.WriteBehind;
import com.casebook.user.CurrentUser;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the audit log. Entries are written inside the action's own transaction
 * (MANDATORY): an action that rolls back leaves no entry, and an entry that cannot be
 * written rolls the action back.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final JdbcTemplate jdbcTemplate;

	private final WriteBehind writeBehind;

	AuditLog(JdbcClient jdbc, JdbcTemplate jdbcTemplate, WriteBehind writeBehind, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.writeBehind = writeBehind;
		this.json = json;
		this.clock = clock;
	}

	private static final String INSERT = """
			insert into audit_entry (actor_id, action, target_type, target_id, before_state, after_state, at)
			values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)
			""";

	/**
	 * Writes an entry; in a transaction that holds inserts back (a bulk import's batch,
	 * see {@link WriteBehind}) the entry is collected and written with the others of the
	 * chunk as one JDBC batch, still before the transaction commits.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Long actorId, String action, String targetType, long targetId, Map<String, ?> before,
			Map<String, ?> after) {
		Object[] row = { actorId != null ? actorId : currentUserId(), action, targetType, targetId,
				before == null || before.isEmpty() ? null : this.json.writeValueAsString(before),
				after == null || after.isEmpty() ? null : this.json.writeValueAsString(after),
				Timestamp.from(this.clock.instant()) };
		if (this.writeBehind.active()) {
			this.writeBehind.buffer(this, ArrayList<Object[]>::new, this::writeAll).add(row);
		}
		else {
			this.jdbcTemplate.update(INSERT, row, TYPES);
		}
	}

	private void writeAll(List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.jdbcTemplate.batchUpdate(INSERT, rows, TYPES);
			rows.clear();
		}
	}

	private static final int[] TYPES = { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR,
			Types.VARCHAR, Types.TIMESTAMP };

	/** One logged action as the admin page shows it. */
	public record Entry(long id, Long actorId, String action, String targetType, long targetId, String before,
			String after, Instant at) {
	}

	/** What to show: any of the fields may be left out. */
	public record Filter(String action, Long actorId, LocalDate from, LocalDate to) {
	}

	private static final String MATCHING = """
			from audit_entry
			where (cast(:action as text) is null or action = :action)
			  and (cast(:actor as bigint) is null or actor_id = :actor)
			  and (cast(:from as timestamptz) is null or at >= :from)
			  and (cast(:to as timestamptz) is null or at < :to)
			""";

	@Transactional(readOnly = true)
	public List<Entry> find(Filter filter, int page, int size) {
		return filtered(this.jdbc.sql("""
				select id, actor_id, action, target_type, target_id, before_state::text, after_state::text, at
				""" + MATCHING + """
				order by at desc, id desc
				limit :size offset :offset
				"""), filter).param("size", size + 1)
			.param("offset", (long) Math.max(page, 0) * size)
			.query((rs, n) -> new Entry(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
			.list();
	}

	/** How many entries the filter matches, for the page's total. */
	@Transactional(readOnly = true)
	public long count(Filter filter) {
		return filtered(this.jdbc.sql("select count(*) " + MATCHING), filter).query(Long.class).single();
	}

	private static JdbcClient.StatementSpec filtered(JdbcClient.StatementSpec statement, Filter filter) {
		return statement.param("action", filter.action() == null || filter.action().isBlank() ? null : filter.action())
			.param("actor", filter.actorId())
			.param("from",
					filter.from() == null ? null
							: Timestamp.from(filter.from().atStartOfDay(ZoneOffset.UTC).toInstant()))
			.param("to", filter.to() == null ? null
					: Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
	}

	@Transactional(readOnly = true)
	public List<String> actions() {
		return this.jdbc.sql("select distinct action from audit_entry order by action").query(String.class).list();
	}

	private static Long currentUserId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user.getId()
				: null;
	}

}
