package com.casebook.backup.web;

import java.io.IOException;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import com.casebook.backup.BackupFailedException;
import com.casebook.backup.BackupFile;
import com.casebook.backup.BackupKind;
import com.casebook.backup.BackupSchedule;
import com.casebook.backup.Backups;
import com.casebook.user.CurrentUser;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.core.io.PathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's backup page: the last result, the schedule, "back up now" and the backups
 * in the folder with download links.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class BackupController {

	private final Backups backups;

	BackupController(Backups backups) {
		this.backups = backups;
	}

	/** A backup as the page shows it, in the server's time zone. */
	record Row(String id, String file, long bytes, ZonedDateTime createdAt, String kind) {

	}

	@GetMapping("/admin/backups")
	String page(Model model) {
		if (!model.containsAttribute("schedule")) {
			model.addAttribute("schedule", ScheduleForm.of(this.backups.schedule()));
		}
		ZoneId zone = this.backups.zone();
		List<Row> rows = this.backups.list()
			.stream()
			.map(b -> new Row(b.id(), b.file(), b.bytes(), b.createdAt().atZone(zone), b.kind().slug()))
			.toList();
		model.addAttribute("backups", rows);
		model.addAttribute("last", this.backups.lastResult().orElse(null));
		model.addAttribute("lastAt", this.backups.lastResult().map(r -> r.at().atZone(zone)).orElse(null));
		model.addAttribute("next", this.backups.nextScheduled().map(at -> at.atZone(zone)).orElse(null));
		model.addAttribute("zone", zone.getId());
		model.addAttribute("folder", this.backups.folder().toString());
		model.addAttribute("frequencies", BackupSchedule.Frequency.values());
		return "backup/backups";
	}

	@PostMapping("/admin/backups")
	String backUpNow(Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			BackupFile backup = this.backups.takeNow(BackupKind.MANUAL);
			redirect.addFlashAttribute("written", backup.file());
			return "redirect:/admin/backups";
		}
		catch (BackupFailedException ex) {
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			return page(model);
		}
	}

	@PostMapping("/admin/backups/schedule")
	String changeSchedule(@Valid @ModelAttribute("schedule") ScheduleForm schedule, BindingResult errors,
			@AuthenticationPrincipal CurrentUser admin, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model);
		}
		this.backups.changeSchedule(schedule.toSchedule(), admin.getId());
		redirect.addFlashAttribute("notice", "backup.schedule.saved");
		return "redirect:/admin/backups";
	}

	@GetMapping("/admin/backups/{id}/download")
	ResponseEntity<Resource> download(@PathVariable String id) throws IOException {
		return this.backups.find(id).map(backup -> {
			PathResource file = new PathResource(this.backups.fileOf(backup));
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("application/zip"))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(backup.file()).build().toString())
				.contentLength(sizeOf(backup))
				.<Resource>body(file);
		}).orElseGet(() -> ResponseEntity.notFound().build());
	}

	private long sizeOf(BackupFile backup) {
		try {
			return Files.size(this.backups.fileOf(backup));
		}
		catch (IOException ex) {
			return backup.bytes();
		}
	}

}
