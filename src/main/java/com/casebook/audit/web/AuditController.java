package com.casebook.audit.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.casebook.audit.AuditLog;
import com.casebook.user.UserDirectory;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The admin's audit log, filtered by action, person and dates. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

	private static final int PAGE_SIZE = 50;

	private final AuditLog log;

	private final UserDirectory users;

	private final AuditReadout readout;

	AuditController(AuditLog log, UserDirectory users, AuditReadout readout) {
		this.log = log;
		this.users = users;
		this.readout = readout;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) String action, @RequestParam(required = false) Long actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		AuditLog.Filter filter = new AuditLog.Filter(action, actor, from, to);
		List<AuditLog.Entry> rows = this.log.find(filter, Math.max(page, 0), PAGE_SIZE);
		List<AuditLog.Entry> shown = rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows;
		var actors = this.users.findAll(shown.stream().map(AuditLog.Entry::actorId).filter(Objects::nonNull).toList());
		model.addAttribute("entries", this.readout.read(shown, actors, locale));
		long total = this.log.count(filter);
		model.addAttribute("total", total);
		model.addAttribute("pageSize", PAGE_SIZE);
		model.addAttribute("totalPages", (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("pagerBase",
				UriComponentsBuilder.fromPath("/admin/audit")
					.queryParamIfPresent("action", Optional.ofNullable(action).filter(a -> !a.isBlank()))
					.queryParamIfPresent("actor", Optional.ofNullable(actor))
					.queryParamIfPresent("from", Optional.ofNullable(from))
					.queryParamIfPresent("to", Optional.ofNullable(to))
					.build()
					.toUriString());
		model.addAttribute("page", Math.max(page, 0));
		model.addAttribute("filter", filter);
		model.addAttribute("actions", this.readout.actions(this.log.actions(), locale));
		model.addAttribute("people", this.users.all());
		return "audit/log";
	}

}
