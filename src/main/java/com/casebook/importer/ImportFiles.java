package com.casebook.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.casebook.user.UserSummary;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An admin's import of one file, whichever way it arrives (the import page, the API):
 * refuses files over {@link #MAX_BYTES}, picks the format by the file name, and announces
 * what was done for the audit log.
 */
@Service
public class ImportFiles {

	/**
	 * The largest file taken: thousands of scenarios, far below what would strain the
	 * server.
	 */
	public static final long MAX_BYTES = 10L * 1024 * 1024;

	private final JsonLinesImport jsonLines;

	private final TabularImport tables;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	ImportFiles(JsonLinesImport jsonLines, TabularImport tables, TransactionTemplate transactions,
			ApplicationEventPublisher events) {
		this.jsonLines = jsonLines;
		this.tables = tables;
		this.transactions = transactions;
		this.events = events;
	}

	/**
	 * A file as uploaded: {@code .jsonl} (or {@code .ndjson}, {@code .json}),
	 * {@code .csv} or {@code .xlsx}.
	 */
	public ImportReport importFile(String fileName, InputStream content, UserSummary importer) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		String format;
		if (name.endsWith(".xlsx")) {
			format = "xlsx";
		}
		else if (name.endsWith(".csv")) {
			format = "csv";
		}
		else if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
			format = "jsonl";
		}
		else {
			throw new ImportFileException("import.error.format");
		}
		byte[] bytes = read(content);
		if (bytes.length == 0) {
			throw new ImportFileException("import.error.emptyFile");
		}
		ImportReport report = switch (format) {
			case "xlsx" -> this.tables.importXlsx(new ByteArrayInputStream(bytes), importer);
			case "csv" -> this.tables.importCsv(new ByteArrayInputStream(bytes), importer);
			default -> jsonLines(bytes, importer);
		};
		announce(importer, fileName, format, report);
		return report;
	}

	/** A JSON Lines request body, as scripts send it. */
	public ImportReport importJsonLines(InputStream body, UserSummary importer) {
		ImportReport report = jsonLines(read(body), importer);
		announce(importer, null, "jsonl", report);
		return report;
	}

	private ImportReport jsonLines(byte[] bytes, UserSummary importer) {
		return this.jsonLines.importFrom(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8),
				importer);
	}

	private void announce(UserSummary importer, String fileName, String format, ImportReport report) {
		// in a transaction of its own: the lines were stored (or not) each in theirs
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(new ImportCompleted(importer.id(),
				fileName, format, report.imported(), report.updated(), report.unchanged(), report.errors().size())));
	}

	private static byte[] read(InputStream in) {
		try (in) {
			byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw ImportFileException.tooLarge(MAX_BYTES);
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
