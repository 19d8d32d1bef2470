package com.casebook.backup;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The one row of {@code backup_schedule}. */
@Repository
class BackupSchedules {

	private final JdbcClient jdbc;

	private final Clock clock;

	BackupSchedules(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	BackupSchedule current() {
		return this.jdbc.sql("select frequency, hour, keep_daily, keep_weekly from backup_schedule where id = 1")
			.query((rs, n) -> new BackupSchedule(BackupSchedule.Frequency.valueOf(rs.getString(1)), rs.getInt(2),
					rs.getInt(3), rs.getInt(4)))
			.single();
	}

	@Transactional
	void save(BackupSchedule schedule, long adminId) {
		this.jdbc
			.sql("update backup_schedule set frequency = :frequency, hour = :hour, keep_daily = :daily, "
					+ "keep_weekly = :weekly, updated_by = :admin, updated_at = :at where id = 1")
			.param("frequency", schedule.frequency().name())
			.param("hour", schedule.hour())
			.param("daily", schedule.keepDaily())
			.param("weekly", schedule.keepWeekly())
			.param("admin", adminId)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
	}

}
