package com.casebook.importer;

import java.io.InputStream;
import java.util.List;

import com.casebook.user.UserSummary;

import org.springframework.stereotype.Component;

/** A CSV table, one row per scenario and solution (see {@link TabularImport}). */
@Component
class CsvFormat implements ImportFormat {

	private final TabularImport tables;

	CsvFormat(TabularImport tables) {
		this.tables = tables;
	}

	@Override
	public String name() {
		return "csv";
	}

	@Override
	public List<String> extensions() {
		return List.of(".csv");
	}

	@Override
	public ImportReport importFrom(InputStream content, UserSummary importer) {
		return this.tables.importCsv(content, importer);
	}

}
