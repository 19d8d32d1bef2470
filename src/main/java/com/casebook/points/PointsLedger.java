package com.casebook.points;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.casebook.database.WriteBehind;
import com.casebook.user.FigureCache;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only ledger of contribution points. An award is written once per person,
 * reason and cause: a unique index and {@code on conflict do nothing} make retries and
 * concurrent requests harmless. Undoing a cause writes a reversing entry, at most once
 * per entry. A balance is the sum of a person's entries; nothing else holds points.
 */
@Service
public class PointsLedger {

	private final JdbcClient jdbc;

	private final PointRules rules;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final FigureCache<Long, Long> balances = new FigureCache<>();

	private final JdbcTemplate jdbcTemplate;

	private final WriteBehind writeBehind;

	PointsLedger(JdbcClient jdbc, JdbcTemplate jdbcTemplate, WriteBehind writeBehind, PointRules rules, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbcTemplate = jdbcTemplate;
		this.writeBehind = writeBehind;
		this.events = events;
		this.jdbc = jdbc;
		this.rules = rules;
		this.clock = clock;
	}

	/** One line of the ledger. */
	public record Entry(long id, long userId, int amount, PointReason reason, String cause, Long scenarioId,
			Long solutionId, Long reversesId, Instant at) {
	}

	/**
	 * Awards the rule's current amount for a cause; returns the new entry, or empty when
	 * this cause was already awarded to this person (or the rule is worth nothing).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Long> award(long userId, PointReason reason, String cause, Long scenarioId, Long solutionId) {
		int amount = this.rules.amount(reason.name());
		if (amount == 0) {
			return Optional.empty();
		}
		if (this.writeBehind.active()) {
			// a bulk import's batch: written with the chunk's other awards in one
			// statement
			// (and announced then, if written), before the transaction commits
			this.balances.changed(userId);
			this.writeBehind.buffer(this, ArrayList<Award>::new, this::writeAwards)
				.add(new Award(userId, amount, reason, cause, scenarioId, solutionId,
						Timestamp.from(this.clock.instant())));
			return Optional.empty();
		}
		Optional<Long> written = write(userId, amount, reason, cause, scenarioId, solutionId);
		written.ifPresent(id -> this.events.publishEvent(new PointsAwarded(userId, amount, reason, scenarioId)));
		return written;
	}

	/** An award held back by a transaction with write-behind on. */
	private record Award(long userId, int amount, PointReason reason, String cause, Long scenarioId, Long solutionId,
			Timestamp at) {

		String key() {
			return this.userId + "\u0000" + this.reason.name() + "\u0000" + this.cause;
		}

	}

	/**
	 * Writes the awards held back, as one insert, with the same rule as one at a time: a
	 * cause already awarded to the person (before, or earlier in the list) is skipped,
	 * and the awards written are announced, together.
	 */
	private void writeAwards(List<Award> awards) {
		if (awards.isEmpty()) {
			return;
		}
		Map<String, Award> distinct = new LinkedHashMap<>();
		awards.forEach(award -> distinct.putIfAbsent(award.key(), award));
		awards.clear();
		List<Award> rows = List.copyOf(distinct.values());
		Set<String> written = new HashSet<>(this.jdbcTemplate.query(connection -> {
			PreparedStatement insert = connection.prepareStatement(
					"""
							insert into point_entry (user_id, amount, reason, cause, scenario_id, solution_id, created_at)
							select * from unnest(?::bigint[], ?::integer[], ?::varchar[], ?::varchar[], ?::bigint[], ?::bigint[],
							  ?::timestamptz[])
							on conflict (user_id, reason, cause) where reverses_id is null do nothing
							returning user_id, reason, cause
							""");
			insert.setArray(1, connection.createArrayOf("bigint", rows.stream().map(Award::userId).toArray()));
			insert.setArray(2, connection.createArrayOf("integer", rows.stream().map(Award::amount).toArray()));
			insert.setArray(3,
					connection.createArrayOf("varchar", rows.stream().map(a -> a.reason().name()).toArray()));
			insert.setArray(4, connection.createArrayOf("varchar", rows.stream().map(Award::cause).toArray()));
			insert.setArray(5, connection.createArrayOf("bigint", rows.stream().map(Award::scenarioId).toArray()));
			insert.setArray(6, connection.createArrayOf("bigint", rows.stream().map(Award::solutionId).toArray()));
			insert.setArray(7, connection.createArrayOf("timestamptz", rows.stream().map(Award::at).toArray()));
			return insert;
		}, (rs, n) -> rs.getLong(1) + "\u0000" + rs.getString(2) + "\u0000" + rs.getString(3)));
		List<PointsAwarded> announced = rows.stream()
			.filter(award -> written.contains(award.key()))
			.map(award -> new PointsAwarded(award.userId(), award.amount(), award.reason(), award.scenarioId()))
			.toList();
		if (!announced.isEmpty()) {
			this.events.publishEvent(new PointsAwardedTogether(announced));
		}
	}

	/**
	 * Writes the awards the transaction holds back, so that what follows (a reversal, a
	 * daily cap, a balance) sees them.
	 */
	private void writeHeldBack() {
		if (this.writeBehind.active()) {
			this.writeBehind.flush();
		}
	}

	/**
	 * Writes an entry of a given amount (redemptions); empty when the cause was written
	 * before.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Long> write(long userId, int amount, PointReason reason, String cause, Long scenarioId,
			Long solutionId) {
		writeHeldBack();
		this.balances.changed(userId);
		return this.jdbc.sql("""
				insert into point_entry (user_id, amount, reason, cause, scenario_id, solution_id, created_at)
				values (:user, :amount, :reason, :cause, :scenario, :solution, :at)
				on conflict (user_id, reason, cause) where reverses_id is null do nothing
				returning id
				""")
			.param("user", userId)
			.param("amount", amount)
			.param("reason", reason.name())
			.param("cause", cause)
			.param("scenario", scenarioId)
			.param("solution", solutionId)
			.param("at", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.optional();
	}

	/**
	 * Reverses the entry written for this person, reason and cause, if there is one and
	 * it was not reversed already; returns the reversing entry.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Long> reverse(long userId, PointReason reason, String cause) {
		writeHeldBack();
		this.balances.changed(userId);
		return this.jdbc
			.sql("""
					insert into point_entry (user_id, amount, reason, cause, scenario_id, solution_id, reverses_id, created_at)
					select user_id, -amount, reason, cause, scenario_id, solution_id, id, :at from point_entry
					where user_id = :user and reason = :reason and cause = :cause and reverses_id is null
					on conflict (reverses_id) where reverses_id is not null do nothing
					returning id
					""")
			.param("user", userId)
			.param("reason", reason.name())
			.param("cause", cause)
			.param("at", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.optional();
	}

	/** Whether an award for this cause exists, not reversed. */
	@Transactional(readOnly = true)
	public boolean holds(long userId, PointReason reason, String cause) {
		writeHeldBack();
		return this.jdbc.sql("""
				select count(*) from point_entry e
				where e.user_id = :user and e.reason = :reason and e.cause = :cause and e.reverses_id is null
				  and not exists (select 1 from point_entry r where r.reverses_id = e.id)
				""")
			.param("user", userId)
			.param("reason", reason.name())
			.param("cause", cause)
			.query(Long.class)
			.single() > 0;
	}

	/** A person's balance, read from the ledger (as a redemption's check must). */
	@Transactional(readOnly = true)
	public long balance(long userId) {
		writeHeldBack();
		return this.jdbc.sql("select coalesce(sum(amount), 0) from point_entry where user_id = :user")
			.param("user", userId)
			.query(Long.class)
			.single();
	}

	/**
	 * A person's balance for the page header: from memory on most pages (see
	 * {@link FigureCache}).
	 */
	public long balanceForHeader(long userId) {
		return this.balances.get(userId, () -> balance(userId));
	}

	@Transactional(readOnly = true)
	public List<Entry> entries(long userId, int limit) {
		writeHeldBack();
		return this.jdbc.sql("""
				select id, user_id, amount, reason, cause, scenario_id, solution_id, reverses_id, created_at
				from point_entry where user_id = :user order by created_at desc, id desc limit :limit
				""")
			.param("user", userId)
			.param("limit", limit)
			.query((rs, n) -> new Entry(rs.getLong(1), rs.getLong(2), rs.getInt(3),
					PointReason.valueOf(rs.getString(4)), rs.getString(5), (Long) rs.getObject(6),
					(Long) rs.getObject(7), (Long) rs.getObject(8), rs.getTimestamp(9).toInstant()))
			.list();
	}

	/**
	 * Awards written today (UTC) for this person and reason that still stand: an award
	 * that was reversed no longer uses up a daily cap.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	long countToday(long userId, PointReason reason) {
		writeHeldBack();
		Instant midnight = this.clock.instant().truncatedTo(ChronoUnit.DAYS);
		return this.jdbc.sql("""
				select count(*) from point_entry e
				where e.user_id = :user and e.reason = :reason and e.reverses_id is null and e.created_at >= :since
				  and not exists (select 1 from point_entry r where r.reverses_id = e.id)
				""")
			.param("user", userId)
			.param("reason", reason.name())
			.param("since", Timestamp.from(midnight))
			.query(Long.class)
			.single();
	}

	/**
	 * Serializes the ledger writes of one person inside the current transaction: a daily
	 * cap or a balance check then sees every entry written before it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void lock(long userId) {
		writeHeldBack();
		this.jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", 0x504F494E0000L + userId).query().singleRow();
	}

}
