package com.casebook.backup.web;

import com.casebook.backup.BackupSchedule;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The schedule as the admin types it. A bean rather than a record: bound field by field,
 * it keeps every typed value, even the ones that are not numbers, to show them again
 * beside their errors.
 */
public class ScheduleForm {

	@NotNull
	private BackupSchedule.Frequency frequency;

	@NotNull
	@Min(0)
	@Max(23)
	private Integer hour;

	@NotNull
	@Min(1)
	@Max(BackupSchedule.MAX_KEEP_DAILY)
	private Integer keepDaily;

	@NotNull
	@Min(0)
	@Max(BackupSchedule.MAX_KEEP_WEEKLY)
	private Integer keepWeekly;

	static ScheduleForm of(BackupSchedule schedule) {
		ScheduleForm form = new ScheduleForm();
		form.frequency = schedule.frequency();
		form.hour = schedule.hour();
		form.keepDaily = schedule.keepDaily();
		form.keepWeekly = schedule.keepWeekly();
		return form;
	}

	BackupSchedule toSchedule() {
		return new BackupSchedule(this.frequency, this.hour, this.keepDaily, this.keepWeekly);
	}

	public BackupSchedule.Frequency getFrequency() {
		return this.frequency;
	}

	public void setFrequency(BackupSchedule.Frequency frequency) {
		this.frequency = frequency;
	}

	public Integer getHour() {
		return this.hour;
	}

	public void setHour(Integer hour) {
		this.hour = hour;
	}

	public Integer getKeepDaily() {
		return this.keepDaily;
	}

	public void setKeepDaily(Integer keepDaily) {
		this.keepDaily = keepDaily;
	}

	public Integer getKeepWeekly() {
		return this.keepWeekly;
	}

	public void setKeepWeekly(Integer keepWeekly) {
		this.keepWeekly = keepWeekly;
	}

}
