package com.casebook.importer.web;

import java.io.IOException;
import java.util.Locale;

import com.casebook.importer.ImportFileException;
import com.casebook.importer.ImportFiles;
import com.casebook.importer.ImportReport;
import com.casebook.user.CurrentUser;
import com.casebook.user.UserDirectory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

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

	/** One scenario per line, as {@code docs} and the import page describe. */
	static final String LINES_EXAMPLE = """
			{"ref": "crm-1042", "title": "新品上市当天排队暴涨", "situation": "上午 10 点发布后进线量是平时的 3 倍。", "category": "排班与人力/突发高峰", "channel": "电话", "tags": ["大促", {"zh": "新品上市", "en": "product launch"}], "solutions": [{"actions": "1. 启动弹性班次\\n2. 组长临时上线", "effect": "30 分钟内服务水平从 40% 回升到 75%"}]}
			{"ref": "crm-1043", "title": "Chat backlog after a shipping delay", "situation": "A carrier strike doubled chat volume for two days.", "category": "Customer complaints", "tags": ["shipping delay"], "solutions": [{"actions": "Pinned a status message", "effect": "Backlog cleared in 4 hours"}]}
			""";

	/**
	 * The answer to the two lines above; a refused line would be listed in errors with
	 * its number and the reason in the caller's language.
	 */
	static final String REPORT_EXAMPLE = """
			{"imported": 2, "updated": 0, "unchanged": 0, "errors": []}
			""";

	@Operation(summary = "Import scenarios as JSON Lines (admins)",
			description = "One scenario per line; a line whose ref was imported before updates that scenario "
					+ "as a new revision, an unchanged line changes nothing. Every line is stored or reported.",
			requestBody = @RequestBody(content = @Content(mediaType = "application/x-ndjson",
					examples = @ExampleObject(name = "two scenarios", value = LINES_EXAMPLE))),
			responses = @ApiResponse(responseCode = "200", description = "what was stored and what was refused",
					content = @Content(mediaType = "application/json",
							examples = @ExampleObject(name = "both stored", value = REPORT_EXAMPLE))))
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
