package com.casebook.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.casebook.user.UserSummary;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An admin's import of one file, whichever way it arrives (the import page, the API):
 * refuses files over {@link #MAX_BYTES}, picks the {@link ImportFormat} by the file name,
 * and announces what was done for the audit log.
 */
@Service
public class ImportFiles {

	/**
	 * The largest file taken: thousands of scenarios, far below what would strain the
	 * server.
	 */
	public static final long MAX_BYTES = 10L * 1024 * 1024;

	private final List<ImportFormat> formats;

	private final JsonLinesFormat jsonLines;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	ImportFiles(List<ImportFormat> formats, JsonLinesFormat jsonLines, TransactionTemplate transactions,
			ApplicationEventPublisher events) {
		this.formats = formats;
		this.jsonLines = jsonLines;
		this.transactions = transactions;
		this.events = events;
	}

	/**
	 * A file as uploaded, in one of the {@link ImportFormat}s: {@code .jsonl} (or
	 * {@code .ndjson}, {@code .json}), {@code .csv} or {@code .xlsx}.
	 */
	public ImportReport importFile(String fileName, InputStream content, UserSummary importer) {
		String name = fileName == null ? "" : fileName;
		ImportFormat format = this.formats.stream()
			.filter(candidate -> candidate.reads(name))
			.findFirst()
			.orElseThrow(() -> new ImportFileException("import.error.format"));
		byte[] bytes = read(content);
		if (bytes.length == 0) {
			throw new ImportFileException("import.error.emptyFile");
		}
		ImportReport report = format.importFrom(new ByteArrayInputStream(bytes), importer);
		announce(importer, fileName, format.name(), report);
		return report;
	}

	/** A JSON Lines request body, as scripts send it. */
	public ImportReport importJsonLines(InputStream body, UserSummary importer) {
		ImportReport report = this.jsonLines.importFrom(new ByteArrayInputStream(read(body)), importer);
		announce(importer, null, this.jsonLines.name(), report);
		return report;
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
