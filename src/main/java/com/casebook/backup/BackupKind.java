package com.casebook.backup;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a backup was taken; part of its file name, so the folder alone tells them apart.
 * Only scheduled backups are thinned out by the retention rule.
 */
public enum BackupKind {

	SCHEDULED("scheduled"), MANUAL("manual"), BEFORE_MIGRATION("before-migration"), BEFORE_RESTORE("before-restore");

	private final String slug;

	BackupKind(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return this.slug;
	}

	static Optional<BackupKind> ofSlug(String slug) {
		return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
	}

}
