package com.casebook.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import com.casebook.notification.Notifications;
import com.casebook.user.Role;
import com.casebook.user.UserDirectory;
import com.casebook.user.UserSummary;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Backups while the application runs: on demand, on the admins' schedule with its
 * retention, listed from the backup folder. A failure is never silent: it is logged,
 * every admin is notified, and the health endpoint reports it until a backup succeeds
 * again.
 */
@Service
public class Backups {

	private static final Logger log = LoggerFactory.getLogger(Backups.class);

	static final String FAILURE_NOTIFICATION = "backupFailed";

	private final DataSource dataSource;

	private final BackupWriter writer;

	private final BackupFolder folder;

	private final BackupSchedules schedules;

	private final Notifications notifications;

	private final UserDirectory users;

	private final Clock clock;

	private final boolean scheduled;

	private final AtomicReference<Result> lastResult = new AtomicReference<>();

	Backups(DataSource dataSource, BackupWriter writer, BackupFolder folder, BackupSchedules schedules,
			Notifications notifications, UserDirectory users, Clock clock,
			@Value("${casebook.backup.scheduled:true}") boolean scheduled) {
		this.dataSource = dataSource;
		this.writer = writer;
		this.folder = folder;
		this.schedules = schedules;
		this.notifications = notifications;
		this.users = users;
		this.clock = clock;
		this.scheduled = scheduled;
	}

	/** The outcome of the last backup this process attempted. */
	public record Result(Instant at, boolean succeeded, String file, String error) {

	}

	/** One backup at a time: a second request waits for the first to finish. */
	public synchronized BackupFile takeNow(BackupKind kind) {
		try {
			BackupFile backup = this.writer.write(this.dataSource, this.folder, kind);
			this.lastResult.set(new Result(backup.createdAt(), true, backup.file(), null));
			log.info("Backup written: {} ({} bytes)", this.folder.fileOf(backup), backup.bytes());
			if (kind == BackupKind.SCHEDULED) {
				thinOut();
			}
			return backup;
		}
		catch (IOException | SQLException | RuntimeException ex) {
			String error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			this.lastResult.set(new Result(this.clock.instant(), false, null, error));
			log.error("Backup into {} failed", this.folder.path(), ex);
			notifyAdmins(error);
			throw new BackupFailedException(error, ex);
		}
	}

	public List<BackupFile> list() {
		return this.folder.list();
	}

	public Optional<BackupFile> find(String id) {
		return this.folder.find(id);
	}

	public Path fileOf(BackupFile backup) {
		return this.folder.fileOf(backup);
	}

	public Path folder() {
		return this.folder.path();
	}

	public Optional<Result> lastResult() {
		return Optional.ofNullable(this.lastResult.get());
	}

	public BackupSchedule schedule() {
		return this.schedules.current();
	}

	public void changeSchedule(BackupSchedule schedule, long adminId) {
		this.schedules.save(schedule, adminId);
	}

	/** The server's zone, in which the schedule's hour is read. */
	public ZoneId zone() {
		return ZoneId.systemDefault();
	}

	/** When the next scheduled backup is due, if the schedule is on. */
	public Optional<Instant> nextScheduled() {
		return schedule().nextSlot(this.clock.instant(), zone());
	}

	// once per cluster: one database, so one scheduled backup of it; the nodes must share
	// the backup folder (CASEBOOK_BACKUP_DIR) so that each sees the last one taken
	@Scheduled(fixedDelayString = "${casebook.backup.check-interval:PT1M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "scheduled-backup", lockAtLeastFor = "PT50S", lockAtMostFor = "PT2H")
	void takeScheduledIfDue() {
		if (!this.scheduled) {
			return;
		}
		Optional<Instant> lastScheduled = this.folder.list()
			.stream()
			.filter(backup -> backup.kind() == BackupKind.SCHEDULED)
			.map(BackupFile::createdAt)
			.findFirst();
		if (schedule().isDue(lastScheduled, this.clock.instant(), zone())) {
			try {
				takeNow(BackupKind.SCHEDULED);
			}
			catch (BackupFailedException ex) {
				// reported already; the next check tries again
			}
		}
	}

	private void thinOut() {
		List<BackupFile> scheduledBackups = this.folder.list()
			.stream()
			.filter(backup -> backup.kind() == BackupKind.SCHEDULED)
			.toList();
		for (BackupFile old : schedule().beyondRetention(scheduledBackups, zone())) {
			try {
				this.folder.delete(old);
				log.info("Deleted {}: beyond the retention of the backup schedule", old.file());
			}
			catch (IOException ex) {
				log.warn("Could not delete the old backup {}", old.file(), ex);
			}
		}
	}

	private void notifyAdmins(String error) {
		try {
			for (UserSummary admin : this.users.all()) {
				if (admin.role() == Role.ADMIN) {
					this.notifications.notify(admin.id(), FAILURE_NOTIFICATION, List.of(error), "/admin/backups");
				}
			}
		}
		catch (RuntimeException ex) {
			// the database itself may be what failed; the log and the health endpoint
			// still
			// tell
			log.error("Could not notify the admins of the failed backup", ex);
		}
	}

}
