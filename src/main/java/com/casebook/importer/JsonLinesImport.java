package com.casebook.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.casebook.user.UserSummary;

import org.springframework.stereotype.Service;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a JSON Lines file, one scenario per line, in the format {@link JsonLinesExport} writes.
 * A bad line is reported with its number and everything else is kept.
 */
@Service
public class JsonLinesImport {

	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final RecordImport records;

	JsonLinesImport(RecordImport records) {
		this.records = records;
	}

	public ImportReport importFrom(Reader source, UserSummary importer) {
		return importFrom(source, importer, Duration.ZERO);
	}

	/**
	 * As {@link #importFrom(Reader, UserSummary)}, dating line {@code k} (of {@code n}) {@code (n - k) * spacing}
	 * in the past, so demo content looks like it grew over time.
	 */
	public ImportReport importFrom(Reader source, UserSummary importer, Duration spacing) {
		List<String> lines = readLines(source);
		List<NumberedRecord> records = new ArrayList<>();
		List<ImportReport.LineError> errors = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			try {
				records.add(new NumberedRecord(i + 1, this.json.readValue(lines.get(i), ScenarioRecord.class)));
			}
			catch (JacksonException ex) {
				errors.add(new ImportReport.LineError(i + 1, "not valid JSON: " + ex.getOriginalMessage()));
			}
		}
		ImportReport report = this.records.store(records, importer, spacing);
		List<ImportReport.LineError> all = new ArrayList<>(errors);
		all.addAll(report.errors());
		all.sort(java.util.Comparator.comparingInt(ImportReport.LineError::line));
		return new ImportReport(report.imported(), report.updated(), List.copyOf(all));
	}

	private static List<String> readLines(Reader source) {
		try (BufferedReader reader = new BufferedReader(source)) {
			return reader.lines().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
