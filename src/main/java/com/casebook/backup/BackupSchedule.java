package com.casebook.backup;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When scheduled backups are taken (every day, or every Monday, from a given hour of the
 * server's time zone) and which of them are kept: the newest of each of the last
 * {@code keepDaily} days and of each of the last {@code keepWeekly} weeks.
 */
public record BackupSchedule(Frequency frequency, int hour, int keepDaily, int keepWeekly) {

	public static final int MAX_KEEP_DAILY = 365;

	public static final int MAX_KEEP_WEEKLY = 520;

	public enum Frequency {

		OFF, DAILY, WEEKLY

	}

	public BackupSchedule {
		if (frequency == null) {
			throw new IllegalArgumentException("frequency");
		}
		if (hour < 0 || hour > 23) {
			throw new IllegalArgumentException("hour " + hour);
		}
		if (keepDaily < 1 || keepDaily > MAX_KEEP_DAILY) {
			throw new IllegalArgumentException("keepDaily " + keepDaily);
		}
		if (keepWeekly < 0 || keepWeekly > MAX_KEEP_WEEKLY) {
			throw new IllegalArgumentException("keepWeekly " + keepWeekly);
		}
	}

	/** The latest moment at or before {@code now} a scheduled backup was due. */
	Optional<Instant> lastSlot(Instant now, ZoneId zone) {
		if (this.frequency == Frequency.OFF) {
			return Optional.empty();
		}
		ZonedDateTime local = now.atZone(zone);
		ZonedDateTime slot = local.toLocalDate().atTime(this.hour, 0).atZone(zone);
		if (this.frequency == Frequency.WEEKLY) {
			slot = slot.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		}
		if (slot.isAfter(local)) {
			slot = this.frequency == Frequency.WEEKLY ? slot.minusWeeks(1) : slot.minusDays(1);
		}
		return Optional.of(slot.toInstant());
	}

	Optional<Instant> nextSlot(Instant now, ZoneId zone) {
		return lastSlot(now, zone).map(last -> {
			ZonedDateTime slot = last.atZone(zone);
			return (this.frequency == Frequency.WEEKLY ? slot.plusWeeks(1) : slot.plusDays(1)).toInstant();
		});
	}

	boolean isDue(Optional<Instant> lastScheduledBackup, Instant now, ZoneId zone) {
		return lastSlot(now, zone).map(slot -> lastScheduledBackup.map(last -> last.isBefore(slot)).orElse(true))
			.orElse(false);
	}

	/** The scheduled backups (newest first) that the retention rule lets go. */
	List<BackupFile> beyondRetention(List<BackupFile> scheduledNewestFirst, ZoneId zone) {
		Set<LocalDate> days = new LinkedHashSet<>();
		Set<String> weeks = new LinkedHashSet<>();
		Set<BackupFile> kept = new HashSet<>();
		for (BackupFile backup : scheduledNewestFirst) {
			LocalDate day = backup.createdAt().atZone(zone).toLocalDate();
			String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
			if (!days.contains(day) && days.size() < this.keepDaily) {
				days.add(day);
				kept.add(backup);
			}
			if (!weeks.contains(week) && weeks.size() < this.keepWeekly) {
				weeks.add(week);
				kept.add(backup);
			}
		}
		List<BackupFile> beyond = new ArrayList<>(scheduledNewestFirst);
		beyond.removeAll(kept);
		return beyond;
	}

}
