package com.casebook.report.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.casebook.report.Chart;
import com.casebook.report.ReportChart;
import com.casebook.report.Reports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.databind.json.JsonMapper;

/** The reports dashboard for editors and admins, and each chart's data as CSV. */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class ReportsController {

	/** Every field quoted, lines ended by CRLF, as Excel reads them. */
	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

	private final Reports reports;

	private final MessageSource messages;

	private final JsonMapper json;

	ReportsController(Reports reports, MessageSource messages, JsonMapper json) {
		this.reports = reports;
		this.messages = messages;
		this.json = json;
	}

	/**
	 * A chart as the page needs it: the data, its table and the JSON the script draws.
	 */
	record ChartView(Chart chart, List<List<String>> table, String json) {
	}

	@GetMapping("/reports")
	String dashboard(Locale locale, Model model) {
		model.addAttribute("charts",
				Arrays.stream(ReportChart.values())
					.map(chart -> view(this.reports.chart(chart, locale), locale))
					.toList());
		return "report/dashboard";
	}

	@GetMapping(path = "/reports/{name}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String name, Locale locale) {
		ReportChart chart = ReportChart.bySlug(name)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		StringWriter csv = new StringWriter().append('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(csv, CSV)) {
			for (List<String> row : this.reports.chart(chart, locale).rows(key -> seriesName(key, locale))) {
				printer.printRecord(row.stream().map(ReportsController::defused));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private ChartView view(Chart chart, Locale locale) {
		List<List<String>> table = chart.rows(key -> seriesName(key, locale));
		Map<String, Object> data = Map.of("type", chart.type(), "labels", chart.labels(), "datasets",
				chart.series()
					.stream()
					.map(s -> Map.of("label", chart.seriesNamesAreKeys() ? seriesName(s.name(), locale) : s.name(),
							"data", s.values()))
					.toList());
		return new ChartView(chart, table, this.json.writeValueAsString(data));
	}

	private String seriesName(String key, Locale locale) {
		return this.messages.getMessage("reports.series." + key, null, key, locale);
	}

	/**
	 * A leading = + - @ is defused for spreadsheets (numbers stay numbers); a missing
	 * value is empty.
	 */
	static String defused(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
			return "'" + text;
		}
		return text;
	}

}
