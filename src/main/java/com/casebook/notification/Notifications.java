package com.casebook.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.casebook.user.FigureCache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads notifications. A notification is a type (a message key), its arguments
 * and a link, so that it reads in whatever language its reader uses when reading it.
 */
@Service
public class Notifications {

	private final JdbcClient jdbc;

	private final MailCopies mail;

	private final Clock clock;

	private final FigureCache<Long, Long> unreadCounts = new FigureCache<>();

	Notifications(JdbcClient jdbc, MailCopies mail, Clock clock) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.clock = clock;
	}

	public record Notification(long id, String type, List<String> args, String link, Instant createdAt,
			Instant readAt) {

		public String messageKey() {
			return "notification." + this.type;
		}

		public Object[] arguments() {
			return this.args.toArray();
		}

		public boolean isUnread() {
			return this.readAt == null;
		}

	}

	@Transactional
	public void notify(long userId, String type, List<String> args, String link) {
		this.jdbc.sql(
				"insert into notification (user_id, type, args, link, created_at) values (:user, :type, :args, :link, :at)")
			.param("user", userId)
			.param("type", type)
			.param("args", args.toArray(String[]::new))
			.param("link", link)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		this.unreadCounts.changed(userId);
		this.mail.send(userId, type, args, link);
	}

	/**
	 * Points a person received, grouped: while today's points notice is unread, a new
	 * award adds to it ("+45 points from 3 contributions") instead of ringing the bell
	 * again.
	 */
	@Transactional
	public void notifyPoints(long userId, int amount, String reason, String link) {
		addPoints(userId, amount, 1, "points", List.of(String.valueOf(amount), reason), link);
	}

	/**
	 * Several awards (two or more) a person received at once, a bulk import's chunk, told
	 * as one notice that groups them as one by one would have: added to today's unread
	 * points notice, or a new grouped one.
	 */
	@Transactional
	public void notifyPointsTogether(long userId, int total, int contributions, String link) {
		addPoints(userId, total, contributions, "pointsGrouped",
				List.of(String.valueOf(total), String.valueOf(contributions)), link);
	}

	/**
	 * Adds {@code amount} from {@code contributions} awards to today's unread points
	 * notice, or rings the bell with a new one of this type and these arguments.
	 */
	private void addPoints(long userId, int amount, int contributions, String type, List<String> args, String link) {
		// listeners run in parallel: two awards of one person at once (publishing pays
		// for
		// the scenario and its solution) must find each other's notice, so one at a time
		// per person
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('notification.points'), cast(:user as integer))")
			.param("user", userId)
			.query()
			.singleRow();
		Instant now = this.clock.instant();
		Instant startOfDay = now.atZone(this.clock.getZone())
			.toLocalDate()
			.atStartOfDay(this.clock.getZone())
			.toInstant();
		Optional<Notification> today = this.jdbc
			.sql("select id, type, args, link, created_at, read_at from notification where user_id = :user "
					+ "and type in ('points', 'pointsGrouped') and read_at is null and created_at >= :since "
					+ "order by created_at desc, id desc limit 1 for update")
			.param("user", userId)
			.param("since", Timestamp.from(startOfDay))
			.query(Notifications::row)
			.optional();
		if (today.isEmpty()) {
			notify(userId, type, args, link);
			return;
		}
		Notification earlier = today.get();
		// points: [amount, reason]; grouped: [total, contributions]
		int total = Integer.parseInt(earlier.args().get(0)) + amount;
		int count = ("points".equals(earlier.type()) ? 1 : Integer.parseInt(earlier.args().get(1))) + contributions;
		this.jdbc.sql("update notification set type = 'pointsGrouped', args = :args, created_at = :at where id = :id")
			.param("args", new String[] { String.valueOf(total), String.valueOf(count) })
			.param("at", Timestamp.from(now))
			.param("id", earlier.id())
			.update();
		this.mail.send(userId, type, args, link);
	}

	private static Notification row(ResultSet rs, int n) throws SQLException {
		return new Notification(rs.getLong(1), rs.getString(2), Arrays.asList((String[]) rs.getArray(3).getArray()),
				rs.getString(4), rs.getTimestamp(5).toInstant(),
				rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant());
	}

	/**
	 * The bell's count: read from memory on most pages (see {@link FigureCache}).
	 */
	public long unread(long userId) {
		return this.unreadCounts.get(userId,
				() -> this.jdbc.sql("select count(*) from notification where user_id = :user and read_at is null")
					.param("user", userId)
					.query(Long.class)
					.single());
	}

	@Transactional(readOnly = true)
	public List<Notification> of(long userId, int limit) {
		return this.jdbc
			.sql("select id, type, args, link, created_at, read_at from notification where user_id = :user "
					+ "order by created_at desc, id desc limit :limit")
			.param("user", userId)
			.param("limit", limit)
			.query(Notifications::row)
			.list();
	}

	/** Marks one of the person's notifications read and returns where it leads. */
	@Transactional
	public String open(long id, long userId) {
		this.unreadCounts.changed(userId);
		this.jdbc.sql("update notification set read_at = coalesce(read_at, :at) where id = :id and user_id = :user")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.param("user", userId)
			.update();
		return this.jdbc.sql("select link from notification where id = :id and user_id = :user")
			.param("id", id)
			.param("user", userId)
			.query(String.class)
			.optional()
			.orElse("/notifications");
	}

	@Transactional
	public void readAll(long userId) {
		this.unreadCounts.changed(userId);
		this.jdbc.sql("update notification set read_at = :at where user_id = :user and read_at is null")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("user", userId)
			.update();
	}

}
