package com.casebook.importer;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import com.casebook.user.UserSummary;

/**
 * One file format the importer reads. {@link ImportFiles} picks the format by the file's
 * extension; adding a format is one more implementation, nothing else changes.
 */
interface ImportFormat {

	/** The format's name as the audit log records it: {@code jsonl}, {@code csv}... */
	String name();

	/** File name endings, in lower case with the dot: {@code .csv}. */
	List<String> extensions();

	/**
	 * Reads and stores a whole file; file-level problems are
	 * {@link ImportFileException}s.
	 */
	ImportReport importFrom(InputStream content, UserSummary importer);

	default boolean reads(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		return extensions().stream().anyMatch(name::endsWith);
	}

}
