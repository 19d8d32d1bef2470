package com.casebook.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.casebook.scenario.ScenarioAuthoring;
import com.casebook.user.UserSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a JSON Lines file, one scenario per line. Each line is its own transaction: a bad line
 * is reported with its number and everything else is kept.
 */
@Service
public class JsonLinesImport {

	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final RecordConverter converter;

	private final ScenarioAuthoring authoring;

	private final TransactionTemplate transactions;

	private final Clock clock;

	JsonLinesImport(RecordConverter converter, ScenarioAuthoring authoring, TransactionTemplate transactions,
			Clock clock) {
		this.converter = converter;
		this.authoring = authoring;
		this.transactions = transactions;
		this.clock = clock;
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
		List<ImportReport.LineError> errors = new ArrayList<>();
		int imported = 0;
		Instant now = this.clock.instant();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank()) {
				continue;
			}
			int lineNumber = i + 1;
			Instant createdAt = now.minus(spacing.multipliedBy(lines.size() - i));
			try {
				ScenarioRecord record = this.json.readValue(line, ScenarioRecord.class);
				this.transactions.executeWithoutResult(
						status -> this.authoring.store(this.converter.convert(record, importer, createdAt)));
				imported++;
			}
			catch (JacksonException ex) {
				errors.add(new ImportReport.LineError(lineNumber, "not valid JSON: " + ex.getOriginalMessage()));
			}
			catch (InvalidRecordException | IllegalArgumentException | IllegalStateException ex) {
				errors.add(new ImportReport.LineError(lineNumber, ex.getMessage()));
			}
		}
		return new ImportReport(imported, 0, List.copyOf(errors));
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
