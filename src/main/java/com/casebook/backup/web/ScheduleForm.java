package com.casebook.backup.web;

import com.casebook.backup.BackupSchedule;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The schedule as the admin types it; kept as typed when refused. */
record ScheduleForm(@NotNull BackupSchedule.Frequency frequency, @NotNull @Min(0) @Max(23) Integer hour,
		@NotNull @Min(1) @Max(BackupSchedule.MAX_KEEP_DAILY) Integer keepDaily,
		@NotNull @Min(0) @Max(BackupSchedule.MAX_KEEP_WEEKLY) Integer keepWeekly) {

	static ScheduleForm of(BackupSchedule schedule) {
		return new ScheduleForm(schedule.frequency(), schedule.hour(), schedule.keepDaily(), schedule.keepWeekly());
	}

	BackupSchedule toSchedule() {
		return new BackupSchedule(this.frequency, this.hour, this.keepDaily, this.keepWeekly);
	}

}
