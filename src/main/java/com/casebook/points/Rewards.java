package com.casebook.points;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.casebook.points.PointsEvents.RedemptionDecided;
import com.casebook.points.PointsEvents.RewardSaved;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reward catalogue and redemptions. Redeeming locks the person's ledger, checks the
 * balance, takes one from stock with a conditional update and writes the spending entry,
 * all in one transaction: concurrent clicks cannot spend the same points twice or take
 * the last item twice. A rejected redemption returns the points through a reversing entry
 * and the item to stock. Saving a reward and deciding a redemption are announced
 * ({@link PointsEvents}).
 */
@Service
public class Rewards {

	private final JdbcClient jdbc;

	private final PointsLedger ledger;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Rewards(JdbcClient jdbc, PointsLedger ledger, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.clock = clock;
		this.events = events;
	}

	/** The longest reward name the catalogue holds. */
	public static final int NAME_LENGTH = 100;

	public record Reward(long id, String name, String description, int cost, int stock, boolean active) {

		Map<String, Object> fields() {
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("name", this.name);
			fields.put("description", this.description);
			fields.put("cost", this.cost);
			fields.put("stock", this.stock);
			fields.put("active", this.active);
			return fields;
		}

	}

	/** A reward that cannot be saved as typed; the message key says why. */
	public static class InvalidReward extends IllegalArgumentException {

		private final String messageKey;

		InvalidReward(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

	public record Redemption(long id, long userId, long rewardId, String rewardName, int cost, String status,
			Instant requestedAt, Instant decidedAt, String note) {
	}

	/** Why a redemption was refused. */
	public static class RedemptionRefused extends RuntimeException {

		private final String messageKey;

		RedemptionRefused(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

	@Transactional(readOnly = true)
	public List<Reward> catalogue(boolean activeOnly) {
		return this.jdbc
			.sql("select id, name, description, cost, stock, active from reward " + (activeOnly ? "where active " : "")
					+ "order by cost, id")
			.query((rs, n) -> new Reward(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
					rs.getBoolean(6)))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Reward> find(long id) {
		return this.jdbc.sql("select id, name, description, cost, stock, active from reward where id = :id")
			.param("id", id)
			.query((rs, n) -> new Reward(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
					rs.getBoolean(6)))
			.optional();
	}

	@Transactional
	public long create(String name, String description, int cost, int stock) {
		validate(name, cost, stock);
		long id = this.jdbc
			.sql("insert into reward (name, description, cost, stock, active, created_at) "
					+ "values (:name, :description, :cost, :stock, true, :at) returning id")
			.param("name", name.strip())
			.param("description", blankAsNull(description))
			.param("cost", cost)
			.param("stock", stock)
			.param("at", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		this.events.publishEvent(new RewardSaved(id, Map.of(), find(id).orElseThrow().fields()));
		return id;
	}

	@Transactional
	public void update(long id, String name, String description, int cost, int stock, boolean active) {
		validate(name, cost, stock);
		Reward before = find(id).orElseThrow(() -> new IllegalArgumentException("No reward " + id));
		this.jdbc
			.sql("update reward set name = :name, description = :description, cost = :cost, stock = :stock, "
					+ "active = :active where id = :id")
			.param("name", name.strip())
			.param("description", blankAsNull(description))
			.param("cost", cost)
			.param("stock", stock)
			.param("active", active)
			.param("id", id)
			.update();
		Reward after = find(id).orElseThrow();
		if (!after.equals(before)) {
			this.events.publishEvent(new RewardSaved(id, before.fields(), after.fields()));
		}
	}

	private static void validate(String name, int cost, int stock) {
		if (name == null || name.isBlank()) {
			throw new InvalidReward("rewards.admin.error.name");
		}
		if (name.strip().length() > NAME_LENGTH) {
			throw new InvalidReward("rewards.admin.error.nameLength");
		}
		if (cost <= 0) {
			throw new InvalidReward("rewards.admin.error.cost");
		}
		if (stock < 0) {
			throw new InvalidReward("rewards.admin.error.stock");
		}
	}

	private static String blankAsNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	@Transactional
	public long redeem(long userId, long rewardId) {
		this.ledger.lock(userId);
		Reward reward = this.jdbc.sql("select id, name, description, cost, stock, active from reward where id = :id")
			.param("id", rewardId)
			.query((rs, n) -> new Reward(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
					rs.getBoolean(6)))
			.optional()
			.filter(Reward::active)
			.orElseThrow(() -> new RedemptionRefused("rewards.error.unavailable"));
		if (this.ledger.balance(userId) < reward.cost()) {
			throw new RedemptionRefused("rewards.error.balance");
		}
		int taken = this.jdbc.sql("update reward set stock = stock - 1 where id = :id and stock > 0 and active")
			.param("id", rewardId)
			.update();
		if (taken == 0) {
			throw new RedemptionRefused("rewards.error.stock");
		}
		long id = this.jdbc
			.sql("insert into redemption (user_id, reward_id, cost, status, requested_at) "
					+ "values (:user, :reward, :cost, 'REQUESTED', :at) returning id")
			.param("user", userId)
			.param("reward", rewardId)
			.param("cost", reward.cost())
			.param("at", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		this.ledger.write(userId, -reward.cost(), PointReason.REDEMPTION, "redemption:" + id, null, null);
		return id;
	}

	@Transactional
	public void fulfil(long redemptionId, long adminId) {
		Redemption redemption = decide(redemptionId, "FULFILLED", adminId, null);
		this.events.publishEvent(new RedemptionDecided(redemptionId, redemption.userId(), redemption.rewardId(),
				redemption.rewardName(), redemption.cost(), true, adminId, null));
	}

	/**
	 * Rejects a redemption: the points come back through a reversing entry, the item to
	 * stock.
	 */
	@Transactional
	public void reject(long redemptionId, long adminId, String note) {
		Redemption redemption = decide(redemptionId, "REJECTED", adminId, note);
		this.ledger.reverse(redemption.userId(), PointReason.REDEMPTION, "redemption:" + redemptionId);
		this.jdbc.sql("update reward set stock = stock + 1 where id = :id").param("id", redemption.rewardId()).update();
		this.events.publishEvent(new RedemptionDecided(redemptionId, redemption.userId(), redemption.rewardId(),
				redemption.rewardName(), redemption.cost(), false, adminId, redemption.note()));
	}

	private Redemption decide(long redemptionId, String status, long adminId, String note) {
		int updated = this.jdbc
			.sql("update redemption set status = :status, decided_at = :at, decided_by = :admin, "
					+ "note = :note where id = :id and status = 'REQUESTED'")
			.param("status", status)
			.param("at", Timestamp.from(this.clock.instant()))
			.param("admin", adminId)
			.param("note", note == null || note.isBlank() ? null : note.strip())
			.param("id", redemptionId)
			.update();
		if (updated == 0) {
			throw new IllegalStateException("Redemption " + redemptionId + " was already decided");
		}
		return redemptions("r.id = :id", redemptionId).get(0);
	}

	@Transactional(readOnly = true)
	public List<Redemption> of(long userId) {
		return redemptions("r.user_id = :id", userId);
	}

	@Transactional(readOnly = true)
	public List<Redemption> all() {
		return redemptions("cast(:id as bigint) is null", null);
	}

	/**
	 * {@code condition} is one of the fixed conditions above, on the parameter
	 * {@code :id}.
	 */
	private List<Redemption> redemptions(String condition, Long id) {
		return this.jdbc.sql("""
				select r.id, r.user_id, r.reward_id, w.name, r.cost, r.status, r.requested_at, r.decided_at, r.note
				from redemption r join reward w on w.id = r.reward_id where %s
				order by (r.status = 'REQUESTED') desc, r.requested_at desc, r.id desc
				""".formatted(condition))
			.param("id", id)
			.query((rs, n) -> new Redemption(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getInt(5),
					rs.getString(6), rs.getTimestamp(7).toInstant(),
					rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(), rs.getString(9)))
			.list();
	}

}
