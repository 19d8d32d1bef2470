package com.casebook.importer.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.casebook.importer.ImportFileException;
import com.casebook.importer.ImportFiles;
import com.casebook.importer.ImportRuns;
import com.casebook.importer.JsonLinesExport;
import com.casebook.user.CurrentUser;
import com.casebook.user.UserDirectory;
import com.casebook.user.UserSummary;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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

	private final ImportFiles files;

	private final JsonLinesExport export;

	private final UserDirectory users;

	private final MessageSource messages;

	private final ImportRuns runs;

	ImportController(ImportFiles files, JsonLinesExport export, UserDirectory users, MessageSource messages,
			ImportRuns runs) {
		this.runs = runs;
		this.files = files;
		this.export = export;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping("/admin/import")
	String page() {
		return "importer/import";
	}

	/** Imports still running, with how far each is (reloading the page updates it). */
	@ModelAttribute("runningImports")
	List<ImportRuns.Progress> runningImports() {
		return this.runs.running();
	}

	@PostMapping("/admin/import")
	String upload(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal CurrentUser admin, Model model,
			Locale locale, HttpServletResponse response) throws IOException {
		if (file.isEmpty()) {
			model.addAttribute("problem", this.messages.getMessage("import.error.empty", null, locale));
			return "importer/import";
		}
		UserSummary importer = this.users.findById(admin.getId()).orElseThrow();
		try {
			model.addAttribute("report",
					this.files.importFile(file.getOriginalFilename(), file.getInputStream(), importer));
		}
		catch (ImportFileException ex) {
			response.setStatus(ex.isTooLarge() ? HttpStatus.CONTENT_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", this.messages.getMessage(ex, locale));
		}
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
