package com.casebook.backup;

import java.time.Instant;

/**
 * One finished backup in the backup folder. {@code id} is the file name without
 * {@code .zip}.
 */
public record BackupFile(String id, String file, long bytes, Instant createdAt, BackupKind kind) {

}
