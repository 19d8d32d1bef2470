package com.casebook.report.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.casebook.report.Chart;
import com.casebook.report.Reports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tools.jackson.databind.json.JsonMapper;

/**
 * "What works": which solutions move which KPI, by how much, on how many reports. For
 * managers and editors (the ones who choose practices), drawn like the dashboard's charts
 * and downloadable as CSV.
 */
@Controller
@PreAuthorize("hasRole('MANAGER')")
class WhatWorksController {

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

	private final Reports reports;

	private final MessageSource messages;

	private final JsonMapper json;

	WhatWorksController(Reports reports, MessageSource messages, JsonMapper json) {
		this.reports = reports;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/reports/what-works")
	String page(Locale locale, Model model) {
		Chart chart = this.reports.whatWorks(locale);
		Map<String, Object> data = Map.of("type", "bar", "labels", chart.labels(), "datasets",
				chart.series()
					.stream()
					.map(s -> Map.of("label", seriesName(s.name(), locale), "data", s.values()))
					.toList());
		model.addAttribute("chart", chart);
		model.addAttribute("table", chart.rows(key -> seriesName(key, locale)));
		model.addAttribute("chartJson", this.json.writeValueAsString(data));
		return "report/what-works";
	}

	@GetMapping("/reports/what-works.csv")
	ResponseEntity<byte[]> csv(Locale locale) {
		StringWriter csv = new StringWriter().append('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(csv, CSV)) {
			for (List<String> row : this.reports.whatWorks(locale).rows(key -> seriesName(key, locale))) {
				printer.printRecord(row.stream().map(ReportsController::defused));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"what-works.csv\"")
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private String seriesName(String key, Locale locale) {
		return this.messages.getMessage("reports.series." + key, null, key, locale);
	}

}
