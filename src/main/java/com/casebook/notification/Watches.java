package com.casebook.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.casebook.scenario.ScenarioLifecycleEvents.DraftDeleted;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who follows which scenario or tag. Authors follow their own scenarios from the start.
 */
@Service
public class Watches {

	public enum Target {

		SCENARIO, TAG

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	Watches(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public void watch(long userId, Target target, long id) {
		this.jdbc
			.sql("insert into watch (user_id, target_type, target_id, created_at) values (:user, :type, :id, :at) "
					+ "on conflict do nothing")
			.param("user", userId)
			.param("type", target.name())
			.param("id", id)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
	}

	/** Watching a draft that no longer exists would only leave a dead link. */
	@EventListener
	void on(DraftDeleted event) {
		this.jdbc.sql("delete from watch where target_type = :type and target_id = :id")
			.param("type", Target.SCENARIO.name())
			.param("id", event.scenarioId())
			.update();
	}

	@Transactional
	public void unwatch(long userId, Target target, long id) {
		this.jdbc.sql("delete from watch where user_id = :user and target_type = :type and target_id = :id")
			.param("user", userId)
			.param("type", target.name())
			.param("id", id)
			.update();
	}

	@Transactional(readOnly = true)
	public boolean watches(long userId, Target target, long id) {
		return this.jdbc
			.sql("select count(*) from watch where user_id = :user and target_type = :type and target_id = :id")
			.param("user", userId)
			.param("type", target.name())
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	/** One thing a person watches, since when. */
	public record Watch(Target target, long targetId, Instant since) {
	}

	/** What a person watches, newest first. */
	@Transactional(readOnly = true)
	public List<Watch> of(long userId) {
		return this.jdbc
			.sql("select target_type, target_id, created_at from watch where user_id = :user "
					+ "order by created_at desc, target_id desc")
			.param("user", userId)
			.query((rs, n) -> new Watch(Target.valueOf(rs.getString(1)), rs.getLong(2), rs.getTimestamp(3).toInstant()))
			.list();
	}

	/** Everyone watching the scenario itself or one of its tags. */
	@Transactional(readOnly = true)
	public Set<Long> watchersOf(long scenarioId, Collection<Long> tagIds) {
		Set<Long> watchers = new LinkedHashSet<>(
				this.jdbc.sql("select user_id from watch where target_type = 'SCENARIO' and target_id = :id")
					.param("id", scenarioId)
					.query(Long.class)
					.list());
		if (!tagIds.isEmpty()) {
			watchers.addAll(this.jdbc.sql("select user_id from watch where target_type = 'TAG' and target_id in (:ids)")
				.param("ids", tagIds)
				.query(Long.class)
				.list());
		}
		return watchers;
	}

}
