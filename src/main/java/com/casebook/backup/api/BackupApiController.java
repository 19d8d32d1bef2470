package com.casebook.backup.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.casebook.backup.BackupFailedException;
import com.casebook.backup.BackupFile;
import com.casebook.backup.BackupKind;
import com.casebook.backup.Backups;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/backups} takes a backup now and answers where it is;
 * {@code GET /api/admin/backups} lists the backup folder, newest first. Admins only.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class BackupApiController {

	private final Backups backups;

	private final MessageSource messages;

	BackupApiController(Backups backups, MessageSource messages) {
		this.backups = backups;
		this.messages = messages;
	}

	record BackupView(String id, String file, long bytes, Instant createdAt) {

		static BackupView of(BackupFile backup) {
			return new BackupView(backup.id(), backup.file(), backup.bytes(), backup.createdAt());
		}

	}

	@PostMapping("/api/admin/backups")
	@ResponseStatus(HttpStatus.CREATED)
	BackupView backUpNow() {
		return BackupView.of(this.backups.takeNow(BackupKind.MANUAL));
	}

	@GetMapping("/api/admin/backups")
	List<BackupView> list() {
		return this.backups.list().stream().map(BackupView::of).toList();
	}

	@ExceptionHandler
	ProblemDetail failed(BackupFailedException ex, Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				this.messages.getMessage("backup.failed", new Object[] { ex.getMessage() }, locale));
	}

}
