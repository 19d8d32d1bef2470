package com.casebook.importer.web;

import java.io.IOException;
import java.util.Locale;

import com.casebook.importer.ImportFileException;
import com.casebook.importer.ImportFiles;
import com.casebook.importer.ImportReport;
import com.casebook.user.CurrentUser;
import com.casebook.user.UserDirectory;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * {@code POST /api/import} for admins' scripts: a JSON Lines body
 * ({@code application/x-ndjson}), or a file sent as a form
 * ({@code curl -F file=@scenarios.csv}), told apart by its name as on the import page. A
 * file that cannot be read is a 4xx problem in the caller's language.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class ImportApiController {

	private final ImportFiles files;

	private final UserDirectory users;

	private final MessageSource messages;

	ImportApiController(ImportFiles files, UserDirectory users, MessageSource messages) {
		this.files = files;
		this.users = users;
		this.messages = messages;
	}

	@PostMapping(path = "/api/import", consumes = { "application/x-ndjson", "application/jsonl", "text/plain" })
	ImportReport importLines(HttpServletRequest request, @AuthenticationPrincipal CurrentUser admin)
			throws IOException {
		return this.files.importJsonLines(request.getInputStream(), this.users.findById(admin.getId()).orElseThrow());
	}

	@PostMapping(path = "/api/import", consumes = "multipart/form-data")
	ImportReport importFile(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal CurrentUser admin)
			throws IOException {
		return this.files.importFile(file.getOriginalFilename(), file.getInputStream(),
				this.users.findById(admin.getId()).orElseThrow());
	}

	@ExceptionHandler
	ProblemDetail unreadable(ImportFileException ex, Locale locale) {
		return ProblemDetail.forStatusAndDetail(ex.isTooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST,
				this.messages.getMessage(ex, locale));
	}

	@ExceptionHandler
	ProblemDetail noFile(MissingServletRequestPartException ex, Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("import.error.empty", null, locale));
	}

}
