package com.casebook.importer.web;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import com.casebook.importer.ImportReport;
import com.casebook.importer.JsonLinesImport;
import com.casebook.user.CurrentUser;
import com.casebook.user.UserDirectory;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/import} with a JSON Lines body ({@code application/x-ndjson}), for admins'
 * scripts.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class ImportApiController {

	private final JsonLinesImport jsonLines;

	private final UserDirectory users;

	ImportApiController(JsonLinesImport jsonLines, UserDirectory users) {
		this.jsonLines = jsonLines;
		this.users = users;
	}

	@PostMapping(path = "/api/import", consumes = { "application/x-ndjson", "application/jsonl", "text/plain" })
	ImportReport importLines(HttpServletRequest request, @AuthenticationPrincipal CurrentUser admin)
			throws java.io.IOException {
		return this.jsonLines.importFrom(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8),
				this.users.findById(admin.getId()).orElseThrow());
	}

}
