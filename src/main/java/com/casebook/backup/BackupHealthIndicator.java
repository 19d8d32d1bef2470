package com.casebook.backup;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code backup} on the health endpoint: {@code WARNING} (answered with 200, so no
 * orchestrator restarts the application for it) while the last backup failed, with the
 * error for admins.
 */
@Component
class BackupHealthIndicator implements HealthIndicator {

	static final Status WARNING = new Status("WARNING", "The last backup failed");

	private final Backups backups;

	BackupHealthIndicator(Backups backups) {
		this.backups = backups;
	}

	@Override
	public Health health() {
		return this.backups.lastResult()
			.filter(result -> !result.succeeded())
			.map(failure -> Health.status(WARNING)
				.withDetail("failedAt", failure.at().toString())
				.withDetail("error", failure.error())
				.withDetail("folder", this.backups.folder().toString())
				.build())
			.orElseGet(() -> {
				Health.Builder up = Health.up().withDetail("folder", this.backups.folder().toString());
				this.backups.list()
					.stream()
					.findFirst()
					.ifPresent(newest -> up.withDetail("newest", newest.file())
						.withDetail("newestAt", newest.createdAt().toString()));
				return up.build();
			});
	}

}
