package com.casebook.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.casebook.importer.ScenarioRecord.SolutionRecord;
import com.casebook.taxonomy.LabelNames;
import com.casebook.user.UserSummary;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;

/**
 * Imports the tables contact centres keep in Excel or CSV: one row per scenario and
 * solution, with a header row naming the columns ({@link #COLUMNS}; the JSON Lines field
 * names). Rows with the same {@code ref} (or, without one, the same title) are one
 * scenario with several solutions; lists (KPIs, tags) are separated by {@code ;},
 * {@code ,} or {@code 、}, and a tag may give both its names as {@code 加班|overtime}.
 * Measured effects go in the {@code measurements} column, one per line
 * ({@link MeasurementCells}). Excel's byte order mark, CRLF line ends and empty rows are
 * taken in stride.
 */
@Service
public class TabularImport {

	static final List<String> COLUMNS = List.of("ref", "title", "situation", "category", "channel", "businessLine",
			"kpis", "tags", "frequency", "severity", "status", "author", "actions", "effect", "prevention",
			"solutionAuthor", "adopted", "measurements");

	private final RecordImport records;

	TabularImport(RecordImport records) {
		this.records = records;
	}

	public ImportReport importCsv(InputStream in, UserSummary importer) {
		List<Map<String, String>> rows = new ArrayList<>();
		try (Reader reader = Bom.skip(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			CSVParser parser = CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.setTrim(true)
				.setIgnoreEmptyLines(true)
				.setAllowMissingColumnNames(true)
				.get()
				.parse(reader);
			long lastLine = 1;
			try {
				for (CSVRecord row : parser) {
					Map<String, String> values = new LinkedHashMap<>();
					row.toMap().forEach((key, value) -> values.put(normalize(key), value));
					lastLine = parser.getCurrentLineNumber();
					values.put("#line", String.valueOf(lastLine));
					rows.add(values);
				}
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				// commons-csv reports a quote that never closes as an I/O error at the
				// end of the file
				throw new ImportFileException("import.error.csv", lastLine + 1);
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			// an unreadable header: duplicate or broken column names
			throw new ImportFileException("import.error.csvHeader");
		}
		return importRows(rows, importer);
	}

	public ImportReport importXlsx(InputStream in, UserSummary importer) {
		List<Map<String, String>> rows = new ArrayList<>();
		try (Workbook workbook = new XSSFWorkbook(in)) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new ImportFileException("import.error.xlsx");
			}
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			List<String> header = new ArrayList<>();
			for (Row row : sheet) {
				if (header.isEmpty()) {
					row.forEach(cell -> header.add(normalize(formatter.formatCellValue(cell))));
					continue;
				}
				Map<String, String> values = new LinkedHashMap<>();
				boolean empty = true;
				for (int i = 0; i < header.size(); i++) {
					Cell cell = row.getCell(i);
					String value = cell == null ? "" : formatter.formatCellValue(cell).trim();
					empty &= value.isEmpty();
					values.put(header.get(i), value);
				}
				if (!empty) {
					values.put("#line", String.valueOf(row.getRowNum() + 1));
					rows.add(values);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImportFileException problem) {
				throw problem;
			}
			// POI says "not a zip", "empty file", "not OOXML"... in its own words; to the
			// admin it is one thing
			throw new ImportFileException("import.error.xlsx");
		}
		return importRows(rows, importer);
	}

	private ImportReport importRows(List<Map<String, String>> rows, UserSummary importer) {
		Map<String, List<Map<String, String>>> byScenario = new LinkedHashMap<>();
		for (Map<String, String> row : rows) {
			String key = blank(row.get("ref")) ? "title:" + row.getOrDefault("title", "") : "ref:" + row.get("ref");
			byScenario.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
		}
		List<NumberedRecord> records = new ArrayList<>();
		for (List<Map<String, String>> group : byScenario.values()) {
			Map<String, String> first = group.get(0);
			List<SolutionRecord> solutions = group.stream()
				.filter(row -> !blank(row.get("actions")) || !blank(row.get("effect")))
				.map(row -> new SolutionRecord(row.get("actions"), row.get("effect"), row.get("prevention"),
						blank(row.get("solutionauthor")) ? null : row.get("solutionauthor"), isTrue(row.get("adopted")),
						MeasurementCells.parse(row.get("measurements"))))
				.toList();
			records.add(new NumberedRecord(Integer.parseInt(first.get("#line")),
					new ScenarioRecord(first.get("ref"), first.get("title"), first.get("situation"),
							first.get("category"), first.get("channel"), first.get("businessline"),
							list(first.get("kpis")), list(first.get("tags")).stream().map(TagRecord::parse).toList(),
							first.get("frequency"), first.get("severity"), first.get("status"), first.get("author"),
							solutions)));
		}
		return this.records.store(records, importer, Duration.ZERO);
	}

	private static String normalize(String header) {
		return header == null ? "" : header.trim().toLowerCase(Locale.ROOT).replace("_", "");
	}

	private static List<String> list(String value) {
		return LabelNames.split(value);
	}

	private static boolean isTrue(String value) {
		return value != null
				&& List.of("true", "yes", "y", "1", "是", "采纳").contains(value.trim().toLowerCase(Locale.ROOT));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
