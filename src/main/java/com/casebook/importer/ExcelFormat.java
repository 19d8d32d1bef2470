package com.casebook.importer;

import java.io.InputStream;
import java.util.List;

import com.casebook.user.UserSummary;

import org.springframework.stereotype.Component;

/**
 * An Excel workbook's first sheet, laid out as the CSV table (see {@link TabularImport}).
 */
@Component
class ExcelFormat implements ImportFormat {

	private final TabularImport tables;

	ExcelFormat(TabularImport tables) {
		this.tables = tables;
	}

	@Override
	public String name() {
		return "xlsx";
	}

	@Override
	public List<String> extensions() {
		return List.of(".xlsx");
	}

	@Override
	public ImportReport importFrom(InputStream content, UserSummary importer) {
		return this.tables.importXlsx(content, importer);
	}

}
