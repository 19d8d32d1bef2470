package com.casebook.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.casebook.user.UserSummary;

import org.springframework.stereotype.Service;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a JSON Lines file, one scenario per line, in the format {@link JsonLinesExport}
 * writes. Every non-empty line is either stored or reported with its number; one bad line
 * never stops the others.
 */
@Service
public class JsonLinesImport {

	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		// files written by other tools leave out what they do not use: a missing boolean
		// is false
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final RecordImport records;

	private final ImportMessages messages;

	JsonLinesImport(RecordImport records, ImportMessages messages) {
		this.records = records;
		this.messages = messages;
	}

	public ImportReport importFrom(Reader source, UserSummary importer) {
		return importFrom(source, importer, Duration.ZERO);
	}

	/**
	 * As {@link #importFrom(Reader, UserSummary)}, dating line {@code k} (of {@code n})
	 * {@code (n - k) * spacing} in the past, so demo content looks like it grew over
	 * time.
	 */
	public ImportReport importFrom(Reader source, UserSummary importer, Duration spacing) {
		List<String> lines = readLines(source);
		List<NumberedRecord> records = new ArrayList<>();
		List<ImportReport.LineError> errors = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = i == 0 ? Bom.strip(lines.get(i)) : lines.get(i);
			if (line.isBlank()) {
				continue;
			}
			if (!line.strip().startsWith("{")) {
				// null, a list, a number: valid JSON, but not a scenario
				errors.add(this.messages.lineError(i + 1, "import.line.notObject"));
				continue;
			}
			try {
				records.add(new NumberedRecord(i + 1, this.json.readValue(line, ScenarioRecord.class)));
			}
			catch (StreamReadException ex) {
				errors.add(this.messages.lineError(i + 1, "import.line.json",
						ex.getLocation() == null ? 0 : ex.getLocation().getColumnNr()));
			}
			catch (JacksonException ex) {
				errors.add(this.messages.lineError(i + 1, "import.line.fieldType", field(ex)));
			}
		}
		ImportReport report = this.records.store(records, importer, spacing);
		List<ImportReport.LineError> all = new ArrayList<>(errors);
		all.addAll(report.errors());
		all.sort(Comparator.comparingInt(ImportReport.LineError::line));
		return new ImportReport(report.imported(), report.updated(), report.unchanged(), List.copyOf(all));
	}

	/**
	 * The field a type error is about, as the file names it:
	 * {@code solutions[0].adopted}.
	 */
	private static String field(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "?" : path.toString();
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
