package com.casebook.importer.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import com.casebook.importer.ImportReport;
import com.casebook.importer.JsonLinesExport;
import com.casebook.importer.JsonLinesImport;
import com.casebook.importer.TabularImport;
import com.casebook.user.CurrentUser;
import com.casebook.user.UserDirectory;
import com.casebook.user.UserSummary;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The admin's import page (JSON Lines, CSV or Excel, told apart by the file name) and the
 * export of the whole catalogue as JSON Lines.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ImportController {

	private final JsonLinesImport jsonLines;

	private final TabularImport tables;

	private final JsonLinesExport export;

	private final UserDirectory users;

	ImportController(JsonLinesImport jsonLines, TabularImport tables, JsonLinesExport export, UserDirectory users) {
		this.jsonLines = jsonLines;
		this.tables = tables;
		this.export = export;
		this.users = users;
	}

	@GetMapping("/admin/import")
	String page() {
		return "importer/import";
	}

	@PostMapping("/admin/import")
	String upload(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal CurrentUser admin, Model model)
			throws IOException {
		if (file.isEmpty()) {
			model.addAttribute("problem", "import.error.empty");
			return "importer/import";
		}
		UserSummary importer = this.users.findById(admin.getId()).orElseThrow();
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
		ImportReport report;
		if (name.endsWith(".xlsx")) {
			report = this.tables.importXlsx(file.getInputStream(), importer);
		}
		else if (name.endsWith(".csv")) {
			report = this.tables.importCsv(file.getInputStream(), importer);
		}
		else if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
			report = this.jsonLines.importFrom(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8),
					importer);
		}
		else {
			model.addAttribute("problem", "import.error.format");
			return "importer/import";
		}
		model.addAttribute("report", report);
		model.addAttribute("fileName", file.getOriginalFilename());
		return "importer/import";
	}

	@GetMapping("/admin/export.jsonl")
	void exportAll(HttpServletResponse response) throws IOException {
		response.setContentType("application/x-ndjson;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"casebook-" + LocalDate.now() + ".jsonl\"");
		try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
			this.export.writeTo(out);
		}
	}


}
