package com.casebook.backup;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When scheduled backups are due and which of them are kept. */
class BackupScheduleTest {

	private static final ZoneId ZONE = ZoneOffset.UTC;

	private final BackupSchedule daily = new BackupSchedule(BackupSchedule.Frequency.DAILY, 3, 7, 4);

	@Test
	void aDailyBackupIsDueOnceTheHourHasPassedAndNotAgainThatDay() {
		Instant beforeThree = Instant.parse("2026-11-30T02:59:00Z");
		Instant afterThree = Instant.parse("2026-11-30T03:01:00Z");
		Instant yesterday = Instant.parse("2026-11-29T03:00:30Z");
		assertThat(this.daily.isDue(Optional.of(yesterday), beforeThree, ZONE)).isFalse();
		assertThat(this.daily.isDue(Optional.of(yesterday), afterThree, ZONE)).isTrue();
		assertThat(this.daily.isDue(Optional.of(afterThree), Instant.parse("2026-11-30T23:00:00Z"), ZONE)).isFalse();
		assertThat(this.daily.isDue(Optional.empty(), afterThree, ZONE)).isTrue();
		assertThat(this.daily.nextSlot(afterThree, ZONE)).contains(Instant.parse("2026-12-01T03:00:00Z"));
	}

	@Test
	void aWeeklyBackupIsDueOnMondaysAndAnOffScheduleNever() {
		BackupSchedule weekly = new BackupSchedule(BackupSchedule.Frequency.WEEKLY, 3, 7, 4);
		// 2026-11-30 is a Monday
		assertThat(weekly.lastSlot(Instant.parse("2026-12-03T12:00:00Z"), ZONE))
			.contains(Instant.parse("2026-11-30T03:00:00Z"));
		assertThat(weekly.isDue(Optional.of(Instant.parse("2026-11-30T04:00:00Z")),
				Instant.parse("2026-12-06T23:00:00Z"), ZONE))
			.isFalse();
		assertThat(weekly.isDue(Optional.of(Instant.parse("2026-11-30T04:00:00Z")),
				Instant.parse("2026-12-07T03:00:00Z"), ZONE))
			.isTrue();
		BackupSchedule off = new BackupSchedule(BackupSchedule.Frequency.OFF, 3, 7, 4);
		assertThat(off.isDue(Optional.empty(), Instant.parse("2026-12-07T03:00:00Z"), ZONE)).isFalse();
	}

	@Test
	void retentionKeepsTheLastSevenDaysAndTheLastFourWeeks() {
		// one scheduled backup a day for 60 days, plus a second one on the newest day
		List<BackupFile> newestFirst = new ArrayList<>();
		Instant newest = Instant.parse("2026-11-30T03:00:00Z");
		newestFirst.add(backup(newest.plusSeconds(3600)));
		for (int day = 0; day < 60; day++) {
			newestFirst.add(backup(newest.minusSeconds(day * 86_400L)));
		}

		List<BackupFile> deleted = this.daily.beyondRetention(newestFirst, ZONE);
		List<BackupFile> kept = new ArrayList<>(newestFirst);
		kept.removeAll(deleted);

		// the newest of each of the 7 newest days (Nov 24 to 30)...
		assertThat(kept).contains(newestFirst.get(0));
		assertThat(deleted).contains(newestFirst.get(1));
		for (int day = 1; day < 7; day++) {
			assertThat(kept).contains(newestFirst.get(day + 1));
		}
		// ...and of each of the 4 newest weeks: Nov 30 (a Monday) is already kept; the
		// Sundays Nov 29, 22 and 15 close the three weeks before
		assertThat(kept).contains(backup(Instant.parse("2026-11-22T03:00:00Z")),
				backup(Instant.parse("2026-11-15T03:00:00Z")));
		assertThat(kept).hasSize(7 + 2);
		assertThat(deleted).hasSize(newestFirst.size() - 9);
	}

	private static BackupFile backup(Instant at) {
		return new BackupFile("casebook-" + at.toEpochMilli() + "-scheduled",
				"casebook-" + at.toEpochMilli() + "-scheduled.zip", 1, at, BackupKind.SCHEDULED);
	}

}
